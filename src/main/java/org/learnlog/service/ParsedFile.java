package org.learnlog.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.learnlog.markdown.FrontMatter;
import org.learnlog.model.Note;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.service.formats.NoteReader;

/**
 * One Markdown file of an import, read and parsed without touching the journal, so it can be done
 * ahead on another thread: a note, the text of an aid, or the reason the file is skipped.
 */
record ParsedFile(String relative, Note note, String aidText, Entry skipped) {

    static ParsedFile read(Path file, String relative, NoteReader reader, boolean learnlog) {
        try {
            String text = MarkdownFiles.read(file);
            if (learnlog && isAid(text)) {
                return new ParsedFile(relative, null, text, null);
            }
            return new ParsedFile(relative, reader.read(relative, text, Files.getLastModifiedTime(file).toInstant()), null, null);
        } catch (IllegalArgumentException | InvalidInputException e) {
            return skipped(relative, e.getMessage());
        } catch (IOException e) {
            return skipped(relative, "Can't read the file: " + e.getMessage());
        }
    }

    private static ParsedFile skipped(String relative, String why) {
        return new ParsedFile(relative, null, null, new Entry(relative, Outcome.SKIPPED, why));
    }

    /** An aid's front matter has a type and a version, which a note's never has. */
    private static boolean isAid(String text) {
        FrontMatter matter = FrontMatter.read(text);
        return !matter.scalar("type").isEmpty() && !matter.scalar("version").isEmpty();
    }
}
