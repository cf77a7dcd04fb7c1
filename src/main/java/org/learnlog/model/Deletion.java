package org.learnlog.model;

import java.util.List;
import java.util.UUID;

/** Notes moved to the trash together, undone as one: {@code notes} are the ids the journal had. */
public record Deletion(UUID id, List<UUID> notes) {

    public Deletion {
        notes = List.copyOf(notes);
    }
}
