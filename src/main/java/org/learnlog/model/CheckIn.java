package org.learnlog.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A dated measurement of a goal's metric, with an optional comment and the notes that are its evidence. */
public record CheckIn(UUID id, UUID goalId, LocalDate date, double value, String comment, List<UUID> evidence,
                      Instant created) {

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(created, "created");
        comment = comment == null ? "" : comment;
        evidence = List.copyOf(evidence);
    }
}
