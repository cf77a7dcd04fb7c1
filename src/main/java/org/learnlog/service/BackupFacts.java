package org.learnlog.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * The small {@code .properties} file beside each backup that says when it was taken and how many
 * notes the journal held, so a list of backups needs no zip opened.
 */
final class BackupFacts {
    private BackupFacts() {
    }

    static void write(Path folder, Backup backup) {
        Properties facts = new Properties();
        facts.setProperty("taken", backup.taken().toString());
        facts.setProperty("notes", Long.toString(backup.notes()));
        StringWriter text = new StringWriter();
        try {
            facts.store(text, "Learnlog backup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new FolderWriter(folder).write(file(backup.file()).getFileName().toString(),
                text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What the facts file says; a backup without one is dated by its file and its note count unknown (-1). */
    static Backup read(Path zip) {
        Properties facts = new Properties();
        try (Reader in = Files.newBufferedReader(file(zip))) {
            facts.load(in);
            return new Backup(zip, Instant.parse(facts.getProperty("taken")), Long.parseLong(facts.getProperty("notes")));
        } catch (IOException | RuntimeException e) {
            return new Backup(zip, modified(zip), -1);
        }
    }

    /** When {@code file} was last written; the epoch if that can't be read. */
    static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException unreadable) {
            return Instant.EPOCH;
        }
    }

    static Path file(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".properties");
    }
}
