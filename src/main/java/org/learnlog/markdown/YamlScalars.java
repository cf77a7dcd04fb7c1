package org.learnlog.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes and reads the YAML scalars of Learnlog's front matter. Anything that is not plainly safe is
 * written double-quoted with escapes, so quotes, colons, newlines and any Unicode survive a round trip.
 */
final class YamlScalars {
    private static final Pattern PLAIN_SAFE = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_./-]*");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9_.eE+-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private YamlScalars() {
    }

    /** A scalar as YAML, plain where that reads back the same, double-quoted otherwise. */
    static String write(String value) {
        boolean plain = PLAIN_SAFE.matcher(value).matches() && !NUMBER_LIKE.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT));
        return plain ? value : quote(value);
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.isSurrogate(c) && !isPaired(value, i)
                            || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The value of a scalar as written in front matter: double-quoted, single-quoted or plain. */
    static String read(String raw) {
        String text = raw.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return unescape(text.substring(1, text.length() - 1));
        }
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        return text.equals("~") || text.equals("null") ? "" : text;
    }

    /** Items of a flow list such as {@code [a, "b, c"]}; a scalar that is not a list is one item. */
    static List<String> readFlowList(String raw) {
        String text = raw.strip();
        if (!(text.startsWith("[") && text.endsWith("]"))) {
            return text.isEmpty() ? List.of() : List.of(read(text));
        }
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        char quote = 0;
        for (char c : text.substring(1, text.length() - 1).toCharArray()) {
            if (quote == 0 && c == ',') {
                addItem(items, item);
                continue;
            }
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (quote == c) {
                quote = 0;
            }
            item.append(c);
        }
        addItem(items, item);
        return items;
    }

    private static void addItem(List<String> items, StringBuilder item) {
        if (!item.toString().isBlank()) {
            items.add(read(item.toString()));
        }
        item.setLength(0);
    }

    private static boolean isPaired(String value, int i) {
        char c = value.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    private static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case 'x' -> i = appendHex(out, body, i, 2);
                case 'u' -> i = appendHex(out, body, i, 4);
                case 'U' -> i = appendHex(out, body, i, 8);
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static int appendHex(StringBuilder out, String body, int at, int digits) {
        if (at + digits >= body.length()) {
            throw new IllegalArgumentException("A quoted value ends inside an escape: \"" + body + "\"");
        }
        try {
            out.appendCodePoint(Integer.parseInt(body.substring(at + 1, at + 1 + digits), 16));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("A quoted value has a bad escape near \""
                    + body.substring(at - 1, Math.min(body.length(), at + 1 + digits)) + "\"", e);
        }
        return at + digits;
    }
}
