package org.learnlog.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the YAML front matter at the top of a document and reads its keys and raw values, by the rules
 * of flexmark's YAML front matter extension (keys, indented list items, {@code |} literals), but without
 * building a whole Markdown parser for each file: that cost 0.3 ms a file, most of an import's reading.
 * Two cases differ from flexmark, where it lost text: a block without a closing line is no front matter
 * (the whole file is body), and list items need not be indented ({@code - git} under {@code tags:}).
 */
final class FrontMatterBlock {
    private static final Pattern BEGIN = Pattern.compile("-{3}(\\s.*)?");
    private static final Pattern END = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");
    private static final Pattern KEY = Pattern.compile("[ ]{0,3}([A-Za-z0-9_\\-.]+):\\s*(.*)");
    private static final Pattern ITEM = Pattern.compile("[ ]+-\\s*(.*)|-(?:\\s+(.*))?");

    /** The raw values of each key in the order written, and where the closing line ends (before its line break). */
    record Found(Map<String, List<String>> values, int end) {
    }

    private FrontMatterBlock() {
    }

    /** The front matter of {@code text}, or null when it has none (or its block is never closed). */
    static Found find(String text) {
        int at = 0;
        String line;
        do {
            if (at >= text.length()) {
                return null;
            }
            line = line(text, at);
            at = next(text, at);
        } while (line.isBlank());
        if (!BEGIN.matcher(line).matches()) {
            return null;
        }
        Reading reading = new Reading();
        while (at < text.length()) {
            line = line(text, at);
            int lineEnd = at + line.length();
            at = next(text, at);
            if (END.matcher(line).matches()) {
                return new Found(reading.done(), lineEnd);
            }
            reading.read(line);
        }
        return null;
    }

    /** The line starting at {@code at}, without its line break. */
    private static String line(String text, int at) {
        int newline = text.indexOf('\n', at);
        String line = newline < 0 ? text.substring(at) : text.substring(at, newline);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static int next(String text, int at) {
        int newline = text.indexOf('\n', at);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** The keys read so far, and the one whose values the next lines may add to. */
    private static final class Reading {
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private List<String> current;
        private boolean literal;

        void read(String line) {
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                current = new ArrayList<>();
                values.put(key.group(1), current);
                literal = key.group(2).equals("|");
                if (!literal && !key.group(2).isEmpty()) {
                    current.add(key.group(2));
                }
            } else if (current != null && literal) {
                String text = line.strip();
                if (current.size() == 1) {
                    current.set(0, current.get(0) + "\n" + text);
                } else {
                    current.add(text);
                }
            } else if (current != null) {
                Matcher item = ITEM.matcher(line);
                if (item.matches()) {
                    String value = item.group(1) != null ? item.group(1) : item.group(2);
                    current.add(value == null ? "" : value);
                }
            }
        }

        Map<String, List<String>> done() {
            return values;
        }
    }
}
