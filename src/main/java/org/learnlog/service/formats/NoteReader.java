package org.learnlog.service.formats;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
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

    /**
     * The id the note of file {@code relative} will have, where the path alone decides it, so a link
     * to a file not read yet can be made; empty where the file itself says (a Learnlog export).
     */
    default Optional<UUID> idFor(String relative) {
        return Optional.empty();
    }
}
