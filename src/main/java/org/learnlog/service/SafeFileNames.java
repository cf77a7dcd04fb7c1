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
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileNames() {
    }

    /** The stem (name without extension) for a title; "untitled" when nothing usable is left. */
    public static String stem(String title) {
        String name = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
        name = UNSAFE.matcher(name).replaceAll("-").replaceAll("\\s+", " ").replaceAll("-{2,}", "-");
        name = name.replaceAll("\\.{2,}", ".").replaceAll("^[\\s.-]+|[\\s.]+$", "");
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
        int budget = MAX_BYTES - utf8Length(suffix + extension);
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            int bytes = utf8Length(new String(Character.toChars(codePoint)));
            if (used + bytes > budget) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += bytes;
            i += Character.charCount(codePoint);
        }
        String trimmed = cut.toString().replaceAll("[\\s.]+$", "");
        return (trimmed.isEmpty() ? "untitled" : trimmed) + suffix + extension;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
