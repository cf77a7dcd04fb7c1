package org.learnlog.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a list row needs to show a note, without its body. */
public record NoteSummary(UUID id, String title, LocalDate date, NoteKind kind, List<String> tags,
                          Instant updated) {

    public NoteSummary {
        tags = List.copyOf(tags);
    }

    public String shortId() {
        return id.toString().substring(0, 8);
    }
}
