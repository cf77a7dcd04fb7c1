package org.learnlog.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Relative addresses between the files of an exported folder, written as forges and Obsidian read
 * them: {@code /} between folders, spaces and the characters Markdown or a URL would misread escaped
 * as {@code %XX}, letters of any script as they are.
 */
public final class Addresses {
    /** ASCII characters that can't stand in a link's address unescaped. */
    private static final String ESCAPED = " %#?()[]<>\\^`{}|\"'";

    private Addresses() {
    }

    /** The address of {@code to} as seen from the file {@code from}; both are paths inside one folder. */
    public static String relative(String from, String to) {
        String[] source = from.split("/");
        String[] target = to.split("/");
        int common = 0;
        while (common < source.length - 1 && common < target.length - 1 && source[common].equals(target[common])) {
            common++;
        }
        StringBuilder address = new StringBuilder();
        for (int up = common; up < source.length - 1; up++) {
            address.append("../");
        }
        for (int down = common; down < target.length; down++) {
            address.append(encode(target[down])).append(down < target.length - 1 ? "/" : "");
        }
        return address.toString();
    }

    /**
     * The path inside the folder that {@code address}, written in the file {@code from}, names; empty
     * for a web address, an absolute path, or one that leads out of the folder.
     */
    public static Optional<String> resolve(String from, String address) {
        if (address.isEmpty() || address.startsWith("/") || address.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        String[] source = from.split("/");
        for (int i = 0; i < source.length - 1; i++) {
            parts.addLast(source[i]);
        }
        for (String part : decode(address).split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /** A file or heading name with the characters an address can't hold escaped; other scripts stay as written. */
    public static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c < 0x80 && ESCAPED.indexOf(c) >= 0) {
                encoded.append(String.format("%%%02X", c));
            } else {
                encoded.appendCodePoint(c);
            }
        });
        return encoded.toString();
    }

    /** {@code %XX} escapes read back; a {@code +} stays a plus, as in a path. */
    public static String decode(String address) {
        try {
            return URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return address;
        }
    }
}
