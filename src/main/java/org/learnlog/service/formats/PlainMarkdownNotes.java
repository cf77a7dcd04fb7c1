package org.learnlog.service.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learnlog.markdown.FrontMatter;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;

/**
 * Reads a plain Markdown file (from a notes folder or a TIL repository) as a note. The title is the
 * front matter's, else a {@code # heading} on the first line (taken out of the body), else the file
 * name; a heading further down stays in the body, as it may be a comment in a code block. The folders
 * become a tag ({@code git/rebase.md} → {@code git}); the day comes from front matter, a file name
 * such as {@code 2024-03-01.md}, or else the file's modification time.
 */
public final class PlainMarkdownNotes implements NoteReader {
    private static final Pattern HEADING = Pattern.compile(
            "\\A(?:[ \\t]*\\r?\\n)*# +(.+?)[ \\t#]*(?:\\r?\\n|\\z)(?:[ \\t]*\\r?\\n)?");

    private final ZoneId zone;

    public PlainMarkdownNotes(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Optional<UUID> idFor(String relative) {
        return Optional.of(ImportedFields.id("markdown", relative));
    }

    @Override
    public Note read(String relative, String text, Instant modified) {
        FrontMatter matter = FrontMatter.read(text);
        String body = matter.body();
        String title = matter.scalar("title");
        Matcher heading = HEADING.matcher(body);
        if (title.isEmpty() && heading.lookingAt()) {
            title = heading.group(1).strip();
            body = body.substring(heading.end());
        }
        String fileName = fileName(relative);
        if (title.isEmpty()) {
            title = fileName.replaceFirst("\\.md$", "").replace('-', ' ').replace('_', ' ').strip();
        }
        Instant time = modified.truncatedTo(ChronoUnit.MILLIS);
        List<String> tags = new ArrayList<>();
        int slash = relative.lastIndexOf('/');
        if (slash > 0) {
            ImportedFields.tag(relative.substring(0, slash)).ifPresent(tags::add);
        }
        matter.list("tags").forEach(tag -> ImportedFields.tag(tag).ifPresent(tags::add));
        return new Note(ImportedFields.id("markdown", relative), title, body, day(matter, fileName, time),
                NoteKind.INSIGHT, "", tags, List.of(), time, time, relative);
    }

    private LocalDate day(FrontMatter matter, String fileName, Instant modified) {
        return ImportedFields.day(matter.scalar("date"))
                .or(() -> ImportedFields.dayInName(fileName))
                .orElse(LocalDate.ofInstant(modified, zone));
    }

    static String fileName(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }
}
