package org.learnlog.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A performance aid: a short shareable Markdown document (a checklist, a how-to, a TIL, a digest, a
 * goal review) made from the worker's notes with a template. {@code type} is the template's name;
 * {@code version} goes up on every save, so a teammate's copy can tell it is out of date.
 */
public record Aid(UUID id, String type, String title, String author, Instant created, Instant updated, int version,
                  List<UUID> sourceNotes, List<String> goals, List<String> tags, String body) {

    public Aid {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        author = author == null ? "" : author;
        body = body == null ? "" : body;
        sourceNotes = List.copyOf(sourceNotes);
        goals = List.copyOf(goals);
        tags = List.copyOf(tags);
    }
}
