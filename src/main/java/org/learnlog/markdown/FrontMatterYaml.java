package org.learnlog.markdown;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Front matter as YAML 1.2, read and written by SnakeYAML Engine. Every value is text: only an empty
 * or {@code null} plain scalar means "none" ({@link TextSchema}), so an id, a date or a version reads
 * back exactly as written. Loading refuses what could hurt a reader: aliases of collections (the seed
 * of a "billion laughs" bomb), nesting deeper than any note needs, and sheer size.
 */
final class FrontMatterYaml {
    static final int MAX_LENGTH = 100_000;
    static final int MAX_DEPTH = 16;
    /** Written plain only where every YAML reader reads it back as the same text: no quotes needed. */
    private static final Pattern PLAIN_SAFE = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_./-]*");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9_.eE+-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");
    private static final LoadSettings LOAD = LoadSettings.builder()
            .setSchema(new TextSchema())
            .setMaxAliasesForCollections(0)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(MAX_LENGTH + 1)
            .setLabel("front matter")
            .build();
    private static final DumpSettings DUMP = DumpSettings.builder()
            .setSchema(new TextSchema())
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
            .build();

    private FrontMatterYaml() {
    }

    /**
     * The fields of the YAML {@code text}, each as its list of values (a scalar is a list of one), or
     * null when the text is not a mapping at all (a thematic break and a paragraph, say).
     * @param firstLine the line of the file the text starts on, for messages
     * @throws IllegalArgumentException saying where and why the YAML does not parse, or what limit it breaks
     */
    static Map<String, List<String>> load(String text, int firstLine) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The front matter is " + text.length() + " characters long; the most is "
                    + MAX_LENGTH + ".");
        }
        try {
            checkDepth(text);
            Object loaded = new Load(LOAD).loadFromString(text);
            if (loaded == null) {
                return Map.of();
            }
            return loaded instanceof Map<?, ?> map ? FrontMatterValues.fields(map) : null;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + firstLine).orElse(firstLine);
            throw new IllegalArgumentException("The front matter is not valid YAML (line " + line + ": "
                    + (e.getProblem() == null ? e.getContext() : e.getProblem()) + ").", e);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("The front matter can't be read: " + e.getMessage() + ".", e);
        }
    }

    /** Deep nesting is refused before anything is built from it, reading events, which takes no stack. */
    private static void checkDepth(String text) {
        int depth = 0;
        for (Event event : new Parse(LOAD).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new IllegalArgumentException("The front matter nests lists more than " + MAX_DEPTH
                                + " levels deep, which no note needs.");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                    // Scalars, aliases and document markers don't nest.
                }
            }
        }
    }

    /** The fields as YAML lines, in the order given: the keys in {@code listKeys} as lists, the rest as text. */
    static String dump(Map<String, List<String>> fields, List<String> listKeys) {
        List<NodeTuple> entries = new ArrayList<>();
        fields.forEach((key, values) -> entries.add(new NodeTuple(scalar(key, ScalarStyle.PLAIN),
                listKeys.contains(key) ? list(values) : text(values.isEmpty() ? "" : values.get(0)))));
        StringWriter out = new StringWriter();
        new Dump(DUMP).dumpNode(new MappingNode(Tag.MAP, entries, FlowStyle.BLOCK), new StreamDataWriter() {
            @Override
            public void write(String text) {
                out.write(text);
            }

            @Override
            public void write(String text, int offset, int length) {
                out.write(text, offset, length);
            }
        });
        return out.toString();
    }

    private static Node list(List<String> values) {
        List<Node> items = values.stream().map(FrontMatterYaml::text).toList();
        return new SequenceNode(Tag.SEQ, items, items.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }

    private static Node text(String raw) {
        String value = wholeCodePoints(raw);
        boolean plain = PLAIN_SAFE.matcher(value).matches() && !NUMBER_LIKE.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT));
        return scalar(value, plain ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED);
    }

    /**
     * Half a surrogate pair is no character and can't be written as UTF-8; SnakeYAML would pair it with
     * whatever follows. Notes refuse them on input; anything else that has one gets U+FFFD in its place.
     */
    private static String wholeCodePoints(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                out = out != null ? out : new StringBuilder(value.substring(0, i));
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    private static ScalarNode scalar(String value, ScalarStyle style) {
        return new ScalarNode(Tag.STR, value, style);
    }
}
