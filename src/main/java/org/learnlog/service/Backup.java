package org.learnlog.service;

import java.nio.file.Path;
import java.time.Instant;

/** One backup of the journal: its zip, when it was taken and how many notes the journal held then. */
public record Backup(Path file, Instant taken, long notes) {
}
