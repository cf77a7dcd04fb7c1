package org.learnlog.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Markdown document split into YAML front matter and body. The block is the text between a first
 * {@code ---} line and the next {@code ---} or {@code ...} line; a block that never closes is no front
 * matter, and the whole file is body. The YAML itself is read and written by {@link FrontMatterYaml}.
 */
public record FrontMatter(Map<String, List<String>> fields, String body) {
    private static final Pattern BEGIN = Pattern.compile("-{3}(\\s.*)?");
    private static final Pattern END = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");

    public FrontMatter {
        fields = new LinkedHashMap<>(fields);
        body = body == null ? "" : body;
    }

    /** The document: `---`, the fields in order (those in {@code listKeys} as lists), `---`, a blank line, the body. */
    public String write(List<String> listKeys) {
        StringBuilder out = new StringBuilder("---\n").append(FrontMatterYaml.dump(fields, listKeys)).append("---\n");
        if (!body.isEmpty()) {
            out.append('\n').append(body);
        }
        return out.toString();
    }

    /**
     * Splits a document; one without front matter has no fields and is all body.
     * @throws IllegalArgumentException if the front matter is not valid YAML, saying on which line and why
     */
    public static FrontMatter read(String document) {
        String text = document.startsWith("\ufeff") ? document.substring(1) : document;
        int at = 0;
        int lineNumber = 1;
        String line;
        do {
            if (at >= text.length()) {
                return new FrontMatter(Map.of(), text);
            }
            line = line(text, at);
            at = next(text, at);
            lineNumber++;
        } while (line.isBlank());
        if (!BEGIN.matcher(line).matches()) {
            return new FrontMatter(Map.of(), text);
        }
        int start = at;
        while (at < text.length()) {
            line = line(text, at);
            int lineEnd = at + line.length();
            if (END.matcher(line).matches()) {
                Map<String, List<String>> fields = FrontMatterYaml.load(text.substring(start, at), lineNumber);
                return fields == null ? new FrontMatter(Map.of(), text) : new FrontMatter(fields, bodyAfter(text, lineEnd));
            }
            at = next(text, at);
        }
        return new FrontMatter(Map.of(), text);
    }

    public String scalar(String key) {
        List<String> values = fields.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public List<String> list(String key) {
        return fields.getOrDefault(key, List.of());
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

    /** The body starts after the closing line and, if there is one, the blank line {@link #write} adds. */
    private static String bodyAfter(String text, int end) {
        return text.substring(afterLineBreak(text, afterLineBreak(text, end)));
    }

    private static int afterLineBreak(String text, int at) {
        if (text.startsWith("\r\n", at)) {
            return at + 2;
        }
        return text.startsWith("\n", at) ? at + 1 : at;
    }
}
