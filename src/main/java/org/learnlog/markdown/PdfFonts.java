package org.learnlog.markdown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The system's fonts a PDF embeds: a sans-serif with accents, Greek and Cyrillic, and one with Chinese,
 * Japanese and Korean, where the system has them. Only TrueType files: the PDF renderer reads no others.
 */
final class PdfFonts {
    static final String SANS = "Learnlog Sans";
    static final String CJK = "Learnlog CJK";
    private static final List<String> SANS_FILES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "C:\\Windows\\Fonts\\arial.ttf");
    private static final List<String> CJK_FILES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf",
            "C:\\Windows\\Fonts\\simhei.ttf");

    /** A font file, its CSS family, and whether it is the bold face. */
    record Font(Path file, String family, boolean bold) {
    }

    private PdfFonts() {
    }

    /** The fonts found, regular and bold faces; empty where the system has none of them. */
    static List<Font> found() {
        List<Font> fonts = new ArrayList<>();
        first(SANS_FILES).ifPresent(regular -> {
            fonts.add(new Font(regular, SANS, false));
            bold(regular).ifPresent(bold -> fonts.add(new Font(bold, SANS, true)));
        });
        first(CJK_FILES).ifPresent(file -> fonts.add(new Font(file, CJK, false)));
        return fonts;
    }

    /** Whether {@code text} has a Chinese, Japanese or Korean character. */
    static boolean needsCjk(String text) {
        return text.codePoints().anyMatch(point -> switch (Character.UnicodeScript.of(point)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> true;
            default -> false;
        });
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }

    /** DejaVuSans.ttf's bold face is DejaVuSans-Bold.ttf beside it, NotoSans-Regular's NotoSans-Bold. */
    private static Optional<Path> bold(Path regular) {
        String name = regular.getFileName().toString();
        String boldName = name.contains("-Regular") ? name.replace("-Regular", "-Bold") : name.replace(".ttf", "-Bold.ttf");
        return Optional.of(regular.resolveSibling(boldName)).filter(Files::isReadable);
    }
}
