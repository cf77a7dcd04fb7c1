package org.learnlog.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One learning as it is stored. Tags are kept sorted case-insensitively; goals are named by slug,
 * which is how exports refer to them. Times are whole milliseconds, so they survive a round trip.
 * {@code source} says where an imported note came from (empty for one typed here).
 */
public record Note(UUID id, String title, String body, LocalDate date, NoteKind kind, String context,
                   List<String> tags, List<String> goals, Instant created, Instant updated, String source) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        body = body == null ? "" : body;
        context = context == null ? "" : context;
        source = source == null ? "" : source;
        tags = List.copyOf(tags);
        goals = List.copyOf(goals);
    }

    public String shortId() {
        return id.toString().substring(0, 8);
    }

    public Note withTags(List<String> newTags) {
        return new Note(id, title, body, date, kind, context, newTags, goals, created, updated, source);
    }

    /** What a list row shows of it. */
    public NoteSummary summary() {
        return new NoteSummary(id, title, date, kind, tags, updated);
    }
}
