package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learnlog.markdown.FrontMatter;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;
import org.learnlog.model.Tags;

/**
 * Reads a plain Markdown file (from a notes folder or a TIL repository) as a note. The title is the
 * front matter's, else a {@code # heading} on the first line (taken out of the body), else the file
 * name; a heading further down stays in the body, as it may be a comment in a code block. The folders become a tag
 * ({@code git/rebase.md} → {@code git}); the date comes from front matter, a file name such as
 * {@code 2024-03-01.md}, or else the file's modification time.
 */
final class PlainMarkdownNotes {
    private static final Pattern HEADING = Pattern.compile("(?m)\\A(?:[ \\t]*\\r?\\n)*# +(.+?)[ \\t#]*(?:\\r?\\n|\\z)(?:[ \\t]*\\r?\\n)?");
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NOT_IN_TAGS = Pattern.compile("[\\s,#+\"'`\\\\\\p{Cntrl}]+");

    private PlainMarkdownNotes() {
    }

    /**
     * The note for {@code relative} (a path inside the imported folder, with / separators). Its id
     * comes from that path, so importing the folder again updates the same notes.
     */
    static Note read(String relative, String text, Instant modified, ZoneId zone) {
        FrontMatter matter = FrontMatter.read(text);
        String body = matter.body();
        String title = matter.scalar("title");
        Matcher heading = HEADING.matcher(body);
        if (title.isEmpty() && heading.lookingAt()) {
            title = heading.group(1).strip();
            body = body.substring(heading.end());
        }
        String fileName = relative.substring(relative.lastIndexOf('/') + 1);
        if (title.isEmpty()) {
            title = fileName.replaceFirst("\\.md$", "").replace('-', ' ').replace('_', ' ').strip();
        }
        Instant time = modified.truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUID.nameUUIDFromBytes(("markdown:" + relative).getBytes(StandardCharsets.UTF_8));
        return new Note(id, title, body, date(matter, fileName, time, zone), NoteKind.INSIGHT, "",
                tags(relative, matter), List.of(), time, time, relative);
    }

    private static LocalDate date(FrontMatter matter, String fileName, Instant modified, ZoneId zone) {
        String declared = matter.scalar("date");
        if (declared.length() >= 10) {
            try {
                return LocalDate.parse(declared.substring(0, 10));
            } catch (DateTimeParseException e) {
                // Not a date we can read; fall back to the file name or the file's time.
            }
        }
        Matcher dated = DATED_NAME.matcher(fileName);
        if (dated.find()) {
            try {
                return LocalDate.parse(dated.group(1));
            } catch (DateTimeParseException e) {
                // A name like 2024-13-45 is not a date.
            }
        }
        return LocalDate.ofInstant(modified, zone);
    }

    private static List<String> tags(String relative, FrontMatter matter) {
        List<String> tags = new ArrayList<>();
        int slash = relative.lastIndexOf('/');
        if (slash > 0) {
            String folders = NOT_IN_TAGS.matcher(relative.substring(0, slash)).replaceAll("-");
            tags.add(folders.length() > Tags.MAX_LENGTH ? folders.substring(0, Tags.MAX_LENGTH) : folders);
        }
        for (String tag : matter.list("tags")) {
            String cleaned = NOT_IN_TAGS.matcher(tag.strip()).replaceAll("-");
            if (!cleaned.isEmpty() && !cleaned.equals("-")) {
                tags.add(cleaned);
            }
        }
        return tags;
    }
}
