package org.learnlog.markdown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;

/**
 * A note as a Markdown file: YAML front matter (id, title, kind, date, created, updated, tags, goals,
 * context) and the body. The same schema serves a single exported note and a journal export.
 */
public final class NoteMarkdown {
    private static final List<String> LIST_KEYS = List.of("tags", "goals");

    private NoteMarkdown() {
    }

    public static String write(Note note) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("id", List.of(note.id().toString()));
        fields.put("title", List.of(note.title()));
        fields.put("kind", List.of(note.kind().slug()));
        fields.put("date", List.of(note.date().toString()));
        fields.put("created", List.of(note.created().toString()));
        fields.put("updated", List.of(note.updated().toString()));
        fields.put("tags", note.tags());
        fields.put("goals", note.goals());
        fields.put("context", List.of(note.context()));
        fields.put("source", List.of(note.source()));
        return new FrontMatter(fields, note.body()).write(LIST_KEYS);
    }

    /** Reads a file that {@link #write} wrote; a missing or malformed field is an error that names it. */
    public static Note read(String document) {
        FrontMatter matter = FrontMatter.read(document);
        if (matter.fields().isEmpty()) {
            throw new IllegalArgumentException("The file has no front matter (--- id: … ---), so it is not a Learnlog note.");
        }
        String kindText = matter.scalar("kind");
        NoteKind kind = kindText.isEmpty() ? NoteKind.INSIGHT : NoteKind.fromSlug(kindText)
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind \"" + kindText
                        + "\"; use insight, how-to, mistake, question or resource."));
        return new Note(parse("id", matter, UUID::fromString), matter.scalar("title"), matter.body(),
                parse("date", matter, LocalDate::parse), kind, matter.scalar("context"), matter.list("tags"),
                matter.list("goals"), parse("created", matter, Instant::parse), parse("updated", matter, Instant::parse),
                matter.scalar("source"));
    }

    private static <T> T parse(String key, FrontMatter matter, java.util.function.Function<String, T> parser) {
        return FrontMatterFields.parse(matter, key, parser);
    }
}
