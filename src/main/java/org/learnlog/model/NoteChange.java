package org.learnlog.model;

import java.util.Objects;

/**
 * A saved note, as it was before the save (null for a new one) and as it is stored now: what a screen
 * needs to update the one row, count or tag that changed instead of reloading everything.
 */
public record NoteChange(Note before, Note after) {
    public NoteChange {
        Objects.requireNonNull(after, "after");
    }

    public boolean isNew() {
        return before == null;
    }

    /** Whether the save changed anything at all: saving an unchanged note stores nothing. */
    public boolean changed() {
        return !after.equals(before);
    }

    /** Whether the tags in use may have changed: a new tag, one no longer used, or a count. */
    public boolean tagsChanged() {
        return before == null ? !after.tags().isEmpty() : !before.tags().equals(after.tags());
    }

    /** Whether the notes per day may have changed: a new note, or one moved to another day. */
    public boolean dayChanged() {
        return before == null || !before.date().equals(after.date());
    }
}
