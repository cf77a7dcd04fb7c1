package org.learnlog.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One note found by a search: what the result list shows, with the matches marked in title and snippet. */
public record SearchHit(UUID id, Snippet title, LocalDate date, NoteKind kind, List<String> tags, Snippet snippet,
                        float score) {

    public SearchHit {
        tags = List.copyOf(tags);
    }
}
