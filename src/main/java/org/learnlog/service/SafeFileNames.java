package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a note title into a file name that is safe on Windows, macOS and Linux: no path separators,
 * no {@code ..}, no reserved device names, no control characters, and at most 120 bytes of UTF-8.
 */
public final class SafeFileNames {
    public static final int MAX_BYTES = 120;
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\u2028\\u2029\\ufeff]+");
    // Compiled once: an export names every note, and String.replaceAll compiles its pattern on each call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern EDGES = Pattern.compile("^[\\s.-]+|[\\s.]+$");
    private static final Pattern TRAILING = Pattern.compile("[\\s.]+$");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileNames() {
    }

    /** The stem (name without extension) for a title; "untitled" when nothing usable is left. */
    public static String stem(String title) {
        String name = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
        name = DASHES.matcher(SPACES.matcher(UNSAFE.matcher(name).replaceAll("-")).replaceAll(" ")).replaceAll("-");
        name = EDGES.matcher(DOTS.matcher(name).replaceAll(".")).replaceAll("");
        if (name.isEmpty()) {
            name = "untitled";
        }
        String device = name.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (RESERVED.contains(device)) {
            name = "_" + name;
        }
        return name;
    }

    /** {@code stem + suffix + extension}, with the stem cut (never mid-character) to fit {@link #MAX_BYTES}. */
    public static String fileName(String stem, String suffix, String extension) {
        int budget = MAX_BYTES - (suffix + extension).getBytes(StandardCharsets.UTF_8).length;
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            int bytes = utf8Length(codePoint);
            if (used + bytes > budget) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += bytes;
            i += Character.charCount(codePoint);
        }
        String trimmed = TRAILING.matcher(cut).replaceAll("");
        return (trimmed.isEmpty() ? "untitled" : trimmed) + suffix + extension;
    }

    /** Bytes of the code point in UTF-8; a lone surrogate is written as one byte ({@code ?}). */
    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80 || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return 1;
        }
        return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
