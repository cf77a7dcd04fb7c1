package org.learnlog.service.formats;

import java.time.Instant;
import org.learnlog.model.Note;

/** Turns one Markdown file of some tool's format into a note. */
@FunctionalInterface
public interface NoteReader {

    /**
     * @param relative the file's path inside the imported folder, with / separators
     * @param text     the file's text
     * @param modified the file's modification time, for notes that carry no date of their own
     * @throws IllegalArgumentException with a message for the user if the file can't be read as a note
     */
    Note read(String relative, String text, Instant modified);
}
