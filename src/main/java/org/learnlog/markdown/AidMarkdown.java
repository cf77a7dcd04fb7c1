package org.learnlog.markdown;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learnlog.model.Aid;

/**
 * An aid as a shareable Markdown file. Its front matter (id, type, title, author, created, updated,
 * version, sources, goals, tags) lets a teammate's copy be re-imported and updated, not duplicated.
 */
public final class AidMarkdown {
    private static final List<String> LIST_KEYS = List.of("sources", "goals", "tags");

    private AidMarkdown() {
    }

    public static String write(Aid aid) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("id", List.of(aid.id().toString()));
        fields.put("type", List.of(aid.type()));
        fields.put("title", List.of(aid.title()));
        fields.put("author", List.of(aid.author()));
        fields.put("created", List.of(aid.created().toString()));
        fields.put("updated", List.of(aid.updated().toString()));
        fields.put("version", List.of(Integer.toString(aid.version())));
        fields.put("sources", aid.sourceNotes().stream().map(UUID::toString).toList());
        fields.put("goals", aid.goals());
        fields.put("tags", aid.tags());
        return new FrontMatter(fields, aid.body()).write(LIST_KEYS);
    }

    public static Aid read(String document) {
        FrontMatter matter = FrontMatter.read(document);
        if (matter.fields().isEmpty()) {
            throw new IllegalArgumentException("The file has no front matter, so it is not a Learnlog aid.");
        }
        return new Aid(FrontMatterFields.parse(matter, "id", UUID::fromString), FrontMatterFields.parse(matter, "type", s -> s),
                FrontMatterFields.parse(matter, "title", s -> s), matter.scalar("author"),
                FrontMatterFields.parse(matter, "created", Instant::parse),
                FrontMatterFields.parse(matter, "updated", Instant::parse),
                FrontMatterFields.parse(matter, "version", Integer::parseInt),
                matter.list("sources").stream().map(UUID::fromString).toList(), matter.list("goals"), matter.list("tags"),
                matter.body());
    }
}
