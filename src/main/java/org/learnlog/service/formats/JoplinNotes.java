package org.learnlog.service.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.markdown.FrontMatter;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;

/**
 * Reads a note of Joplin's "Markdown + Front Matter" export: {@code title}, {@code created},
 * {@code updated} and {@code tags} in front matter, the note's Markdown as the body.
 */
public final class JoplinNotes implements NoteReader {
    private final ZoneId zone;

    public JoplinNotes(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Optional<UUID> idFor(String relative) {
        return Optional.of(ImportedFields.id("joplin", relative));
    }

    @Override
    public Note read(String relative, String text, Instant modified) {
        FrontMatter matter = FrontMatter.read(text);
        String title = matter.scalar("title").isBlank()
                ? PlainMarkdownNotes.fileName(relative).replaceFirst("\\.md$", "") : matter.scalar("title");
        Instant fallback = modified.truncatedTo(ChronoUnit.MILLIS);
        Instant created = ImportedFields.time(matter.scalar("created"), zone).orElse(fallback);
        Instant updated = ImportedFields.time(matter.scalar("updated"), zone).orElse(created);
        List<String> tags = new ArrayList<>();
        matter.list("tags").forEach(tag -> ImportedFields.tag(tag).ifPresent(tags::add));
        return new Note(ImportedFields.id("joplin", relative), title, matter.body(), LocalDate.ofInstant(created, zone),
                NoteKind.INSIGHT, "", tags, List.of(), created, updated.isBefore(created) ? created : updated, relative);
    }
}
