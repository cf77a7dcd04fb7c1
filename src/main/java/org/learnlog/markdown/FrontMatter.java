package org.learnlog.markdown;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markdown document split into YAML front matter and body. Writing puts the fields in the order
 * given; reading uses flexmark to find the block and {@link YamlScalars} to decode the values.
 */
public record FrontMatter(Map<String, List<String>> fields, String body) {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()))).build();

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
        // Only the block is parsed: the body can be long, and its Markdown is not needed here.
        Document parsed = PARSER.parse(text.substring(0, headEnd(text)));
        if (!(parsed.getFirstChild() instanceof YamlFrontMatterBlock)) {
            parsed = PARSER.parse(text);
        }
        Node first = parsed.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock block)) {
            return new FrontMatter(Map.of(), text);
        }
        FrontMatterLimits.check(text.substring(0, block.getEndOffset()));
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(parsed);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        visitor.getData().forEach((key, values) -> fields.put(key, decode(values)));
        return new FrontMatter(fields, bodyAfter(text, block.getEndOffset()));
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

    /** Where the front matter's closing line ends, or the whole text when there is no such line. */
    private static int headEnd(String text) {
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 || !text.substring(0, lineEnd).strip().equals("---")) {
            return text.length();
        }
        while (lineEnd >= 0) {
            int start = lineEnd + 1;
            lineEnd = text.indexOf('\n', start);
            String line = (lineEnd < 0 ? text.substring(start) : text.substring(start, lineEnd)).strip();
            if (line.equals("---") || line.equals("...")) {
                return lineEnd < 0 ? text.length() : lineEnd;
            }
        }
        return text.length();
    }

    /** The body starts after the closing line and, if there is one, the blank line {@link #write} adds. */
    private static String bodyAfter(String text, int end) {
        String rest = text.substring(end);
        rest = stripOneLineBreak(rest);
        return stripOneLineBreak(rest);
    }

    private static String stripOneLineBreak(String text) {
        if (text.startsWith("\r\n")) {
            return text.substring(2);
        }
        return text.startsWith("\n") ? text.substring(1) : text;
    }
}
