package org.learnlog.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One teammate's word on a library item: whether they used it, whether it helped, and a line about it. */
public record LibraryFeedback(UUID item, String author, boolean used, boolean helped, String comment, Instant updated) {
    public static final int MAX_COMMENT = 300;

    public LibraryFeedback {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(updated, "updated");
        author = author == null ? "" : author;
        comment = comment == null ? "" : comment.strip();
    }
}
