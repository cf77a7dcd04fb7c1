package org.learnlog.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An aid or a note as a team library holds it. {@code id} is its identity, whatever its file is called;
 * {@code version} goes up with each publish of the id; {@code kind} is an aid's type (for an {@code aid})
 * or a note's kind, which can be spelt alike ("how-to").
 * {@code path} is its file in the library, {@code conflictOf} set on the copy kept when two teammates
 * published from the same version at once.
 */
public record LibraryItem(UUID id, boolean aid, String title, String kind, String author, int version, Instant updated,
                          List<String> tags, List<String> contributors, String body, String path,
                          Optional<UUID> conflictOf) {

    public LibraryItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(conflictOf, "conflictOf");
        author = author == null ? "" : author;
        body = body == null ? "" : body;
        path = path == null ? "" : path;
        tags = List.copyOf(tags);
        contributors = List.copyOf(contributors);
    }

    public LibraryItem withPath(String newPath) {
        return new LibraryItem(id, aid, title, kind, author, version, updated, tags, contributors, body, newPath, conflictOf);
    }
}
