package org.learnlog.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A library item as the Library screen and {@code learnlog library list} show it: whether it is new or
 * changed since the user last looked, its teammates' feedback, the version of it the journal adopted
 * (with whether a newer one waits to be taken), and any conflicting copies kept beside it.
 */
public record LibraryEntry(LibraryItem item, boolean fresh, boolean changed,
                           List<LibraryFeedback> feedback, Optional<Integer> adopted, boolean updateAvailable,
                           List<LibraryItem> conflicts) {

    public LibraryEntry {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(adopted, "adopted");
        feedback = List.copyOf(feedback);
        conflicts = List.copyOf(conflicts);
    }

    /** How many teammates say they used it. */
    public int used() {
        return (int) feedback.stream().filter(LibraryFeedback::used).count();
    }

    /** How many teammates say it helped. */
    public int helped() {
        return (int) feedback.stream().filter(LibraryFeedback::helped).count();
    }

    /**
     * Of the versions in a conflict (the one in place and those kept beside it), the first whose text is
     * not {@code mine}: the other side, to compare and merge with the user's copy.
     */
    public LibraryItem otherThan(String mine) {
        return conflicts.stream().filter(copy -> !copy.body().equals(mine)).findFirst().orElse(item);
    }

    /** The first 8 characters of the id, as commands take it after the library's name. */
    public String shortId() {
        return item.id().toString().substring(0, 8);
    }
}
