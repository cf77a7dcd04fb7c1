package org.learnlog.model;

import java.util.List;
import java.util.Objects;

/** What a team library holds now, newest first, and whether the user's own changes wait to be sent. */
public record LibraryView(TeamLibrary library, List<LibraryEntry> entries, boolean waiting) {
    public LibraryView {
        Objects.requireNonNull(library, "library");
        entries = List.copyOf(entries);
    }
}
