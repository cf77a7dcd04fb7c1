package org.learnlog.service;

import java.nio.file.Path;
import java.time.Instant;

/** One backup of the journal, or a journal file kept aside: its file, when it was taken and how many notes the journal held then. */
public record Backup(Path file, Instant taken, long notes) {
    static final String SCRIPT_PREFIX = "learnlog-sql-";

    /** Whether it is a journal file kept aside by a restore or from a damaged start, not a zip. */
    public boolean keptAside() {
        return file.getFileName().toString().startsWith("journal.mv.db.");
    }

    /** Whether it holds SQL statements (H2's {@code SCRIPT}) rather than a copy of the journal's file. */
    public boolean script() {
        return file.getFileName().toString().startsWith(SCRIPT_PREFIX);
    }
}
