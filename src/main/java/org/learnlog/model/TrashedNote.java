package org.learnlog.model;

import java.time.Instant;
import java.util.UUID;

/** A deleted note, whole, with when it was deleted; notes deleted together share their {@code deletion}. */
public record TrashedNote(Note note, Instant deleted, UUID deletion) {
}
