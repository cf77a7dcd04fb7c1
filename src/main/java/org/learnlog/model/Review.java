package org.learnlog.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A goal review: on a day, the worker looked at a goal, perhaps checked in, and answered the three
 * reflection questions. "What will I try next?" is shown on the goal until the next review.
 */
public record Review(UUID id, UUID goalId, LocalDate date, Optional<UUID> checkInId, String moved, String obstacles,
                     String nextTry, Instant created) {

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(checkInId, "checkInId");
        Objects.requireNonNull(created, "created");
        moved = moved == null ? "" : moved;
        obstacles = obstacles == null ? "" : obstacles;
        nextTry = nextTry == null ? "" : nextTry;
    }
}
