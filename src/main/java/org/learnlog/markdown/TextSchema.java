package org.learnlog.markdown;

import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The YAML schema of front matter: every scalar is text, as YAML's failsafe schema has it, except that
 * an empty or {@code null}/{@code ~} plain scalar means no value, as in YAML's core schema.
 */
final class TextSchema implements Schema {
    private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");

    @Override
    public ScalarResolver getScalarResolver() {
        return (value, implicit) -> implicit && NULL.matcher(value).matches() ? Tag.NULL : Tag.STR;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return Map.of(Tag.NULL, node -> null);
    }
}
