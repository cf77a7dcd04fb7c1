package org.learnlog.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A note as it was before a save changed it: {@code note} holds that text (its updated time is when it
 * was saved), and {@code replaced} is when a later save took its place.
 */
public record NoteVersion(long id, Note note, Instant replaced) {

    public UUID noteId() {
        return note.id();
    }
}
