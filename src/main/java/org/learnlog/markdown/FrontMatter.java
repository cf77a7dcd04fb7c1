package org.learnlog.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markdown document split into YAML front matter and body. Writing puts the fields in the order
 * given; reading finds the block with {@link FrontMatterBlock} and decodes the values with {@link YamlScalars}.
 */
public record FrontMatter(Map<String, List<String>> fields, String body) {
    public FrontMatter {
        fields = new LinkedHashMap<>(fields);
        body = body == null ? "" : body;
    }

    /** The document: `---`, one line per scalar field or an indented `- item` per list item, `---`, body. */
    public String write(List<String> listKeys) {
        StringBuilder out = new StringBuilder("---\n");
        fields.forEach((key, values) -> {
            if (listKeys.contains(key)) {
                out.append(key).append(':').append(values.isEmpty() ? " []" : "").append('\n');
                values.forEach(value -> out.append("  - ").append(YamlScalars.write(value)).append('\n'));
            } else {
                out.append(key).append(": ").append(YamlScalars.write(values.isEmpty() ? "" : values.get(0)))
                        .append('\n');
            }
        });
        out.append("---\n");
        if (!body.isEmpty()) {
            out.append('\n').append(body);
        }
        return out.toString();
    }

    /** Splits a document; one without front matter has no fields and is all body. */
    public static FrontMatter read(String document) {
        String text = document.startsWith("\ufeff") ? document.substring(1) : document;
        FrontMatterBlock.Found block = FrontMatterBlock.find(text);
        if (block == null) {
            return new FrontMatter(Map.of(), text);
        }
        FrontMatterLimits.check(text.substring(0, block.end()));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        block.values().forEach((key, values) -> fields.put(key, decode(values)));
        return new FrontMatter(fields, bodyAfter(text, block.end()));
    }

    public String scalar(String key) {
        List<String> values = fields.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public List<String> list(String key) {
        return fields.getOrDefault(key, List.of());
    }

    private static List<String> decode(List<String> rawValues) {
        if (rawValues.size() == 1) {
            return YamlScalars.readFlowList(rawValues.get(0));
        }
        return rawValues.stream().map(YamlScalars::read).toList();
    }

    /**
     * The body starts after the closing line and, if there is one, the blank line {@link #write} adds.
     * One copy of it is made, since bodies are most of an import's text.
     */
    private static String bodyAfter(String text, int end) {
        int start = afterLineBreak(text, afterLineBreak(text, end));
        return text.substring(start);
    }

    private static int afterLineBreak(String text, int at) {
        if (text.startsWith("\r\n", at)) {
            return at + 2;
        }
        return text.startsWith("\n", at) ? at + 1 : at;
    }
}
