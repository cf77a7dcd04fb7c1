package org.learnlog.service.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learnlog.markdown.FrontMatter;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;

/**
 * Reads a note of an Obsidian vault. Obsidian titles a note by its file name. Tags come from the
 * front matter ({@code tags:} as a list or a string) and from inline {@code #tags} in the body,
 * nested ones such as {@code #area/sub} included, but not from code. {@code [[wikilinks]]} are left for
 * the import to make links ({@code ImportLinks}), and {@code aliases} go into the context. The day comes from {@code date} or
 * {@code created}, a dated file name, or the file's time.
 */
public final class ObsidianNotes implements NoteReader {
    private static final Pattern FENCED_CODE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    /** A # after a space or line start, then a tag that is not only digits (Obsidian's own rule). */
    private static final Pattern INLINE_TAG = Pattern.compile("(?<=^|\\s)#([\\p{L}\\p{N}_/-]*[\\p{L}_/-][\\p{L}\\p{N}_/-]*)",
            Pattern.MULTILINE);

    private final ZoneId zone;

    public ObsidianNotes(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Optional<UUID> idFor(String relative) {
        return Optional.of(ImportedFields.id("obsidian", relative));
    }

    @Override
    public Note read(String relative, String text, Instant modified) {
        FrontMatter matter = FrontMatter.read(text);
        String fileName = PlainMarkdownNotes.fileName(relative);
        String title = fileName.replaceFirst("\\.md$", "").strip();
        Instant time = ImportedFields.time(matter.scalar("created"), zone).orElse(modified.truncatedTo(ChronoUnit.MILLIS));
        Instant updated = modified.truncatedTo(ChronoUnit.MILLIS).isAfter(time) ? modified.truncatedTo(ChronoUnit.MILLIS) : time;
        LocalDate day = ImportedFields.day(matter.scalar("date"))
                .or(() -> ImportedFields.day(matter.scalar("created")))
                .or(() -> ImportedFields.dayInName(fileName))
                .orElse(LocalDate.ofInstant(time, zone));
        // A note has no aliases of its own; the context keeps them where the user can see them.
        String aliases = String.join(", ", matter.list("aliases"));
        return new Note(ImportedFields.id("obsidian", relative), title.isEmpty() ? "Untitled" : title, matter.body(),
                day, NoteKind.INSIGHT, aliases.isEmpty() ? "" : "Aliases: " + aliases, tags(matter), List.of(), time,
                updated, relative);
    }

    private static List<String> tags(FrontMatter matter) {
        List<String> tags = new ArrayList<>();
        for (String value : matter.list("tags")) {
            // Obsidian also accepts "tags: a, b" and "tags: #a #b" as one string.
            Arrays.stream(value.split("[\\s,]+")).forEach(tag -> ImportedFields.tag(tag).ifPresent(tags::add));
        }
        String prose = INLINE_CODE.matcher(FENCED_CODE.matcher(matter.body()).replaceAll("")).replaceAll("");
        Matcher inline = INLINE_TAG.matcher(prose);
        while (inline.find()) {
            ImportedFields.tag(inline.group(1)).ifPresent(tags::add);
        }
        return tags;
    }
}
