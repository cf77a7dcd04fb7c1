package org.learnlog.markdown;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.LibraryFeedback;
import org.learnlog.model.LibraryItem;

/**
 * A team library's files: an item (aid or note) and a teammate's feedback on one, as Markdown with
 * front matter that reads well on any forge (docs/user-guide.md, "Team libraries").
 */
public final class LibraryMarkdown {
    private static final List<String> LIST_KEYS = List.of("tags", "contributors");

    private LibraryMarkdown() {
    }

    public static String write(LibraryItem item) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("id", List.of(item.id().toString()));
        fields.put("title", List.of(item.title()));
        fields.put("kind", List.of(item.kind()));
        fields.put("author", List.of(item.author()));
        fields.put("version", List.of(Integer.toString(item.version())));
        fields.put("updated", List.of(item.updated().toString()));
        fields.put("tags", item.tags());
        fields.put("contributors", item.contributors());
        item.conflictOf().ifPresent(id -> fields.put("conflict-of", List.of(id.toString())));
        return new FrontMatter(fields, item.body()).write(LIST_KEYS);
    }

    /**
     * The item in {@code document}, the file at {@code path} in the library; an aid if {@code aid}.
     * @throws IllegalArgumentException if it is not a library item, saying why
     */
    public static LibraryItem read(String path, boolean aid, String document) {
        FrontMatter matter = FrontMatter.read(document);
        if (matter.fields().isEmpty()) {
            throw new IllegalArgumentException("The file has no front matter, so it is not a library item.");
        }
        String conflictOf = matter.scalar("conflict-of");
        return new LibraryItem(FrontMatterFields.parse(matter, "id", UUID::fromString), aid,
                FrontMatterFields.parse(matter, "title", s -> s), FrontMatterFields.parse(matter, "kind", s -> s),
                matter.scalar("author"), FrontMatterFields.parse(matter, "version", Integer::parseInt),
                FrontMatterFields.parse(matter, "updated", Instant::parse), matter.list("tags"),
                matter.list("contributors"), matter.body(), path,
                conflictOf.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(conflictOf)));
    }

    public static String write(LibraryFeedback feedback) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("item", List.of(feedback.item().toString()));
        fields.put("author", List.of(feedback.author()));
        fields.put("used", List.of(Boolean.toString(feedback.used())));
        fields.put("helped", List.of(Boolean.toString(feedback.helped())));
        fields.put("updated", List.of(feedback.updated().toString()));
        return new FrontMatter(fields, feedback.comment().isEmpty() ? "" : feedback.comment() + "\n").write(List.of());
    }

    /** @throws IllegalArgumentException if {@code document} is not feedback, saying why */
    public static LibraryFeedback readFeedback(String document) {
        FrontMatter matter = FrontMatter.read(document);
        return new LibraryFeedback(FrontMatterFields.parse(matter, "item", UUID::fromString), matter.scalar("author"),
                Boolean.parseBoolean(matter.scalar("used")), Boolean.parseBoolean(matter.scalar("helped")),
                matter.body().strip(), FrontMatterFields.parse(matter, "updated", Instant::parse));
    }
}
