package org.learnlog.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.learnlog.model.JournalKey;
import org.learnlog.model.JournalLook;
import org.learnlog.store.DataDirectory;
import org.learnlog.store.JournalBackups;
import org.learnlog.store.JournalPeek;

/**
 * Restoring a journal: what can be restored (its backups, and journal files kept aside), what the
 * journal is now, and the restore itself, none of which needs the current journal to open.
 */
public final class Restores {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Restores() {
    }

    /**
     * Puts the journal in {@code source}, a backup or a journal file kept aside, in place of the one in
     * {@code dataDir}, whatever state that one is in: it is moved aside, never opened. Returns where.
     * @throws org.learnlog.store.JournalLockedException if another process has the journal
     */
    public static Path restore(Path source, Path dataDir, Clock clock) {
        return restore(source, dataDir, clock, "Learnlog restore");
    }

    /** As {@link #restore(Path, Path, Clock)}, holding the journal for {@code holder} meanwhile. */
    public static Path restore(Path source, Path dataDir, Clock clock, String holder) {
        requireFile(source);
        return JournalBackups.restore(source, dataDir, stamp(clock), holder);
    }

    /** Where a restore now would keep the current journal file. */
    public static Path asideNow(Path dataDir, Clock clock) {
        return JournalBackups.aside(dataDir, stamp(clock));
    }

    /**
     * What is known of {@code file}: a backup by the facts beside it, without opening it; a journal file
     * kept aside by its date and, if it is plain and readable, its notes counted (-1: unknown).
     */
    public static Backup describe(Path file) {
        requireFile(file);
        if (!JournalPeek.isJournalFile(file)) {
            return BackupFacts.read(file);
        }
        long notes = JournalPeek.look(file, JournalKey.NONE).notes().orElse(-1);
        return new Backup(file, BackupFacts.modified(file), notes);
    }

    /**
     * What can be restored in {@code dataDir}, newest first: its backups, and the journal files kept
     * aside by a restore or from a damaged start. Needs no journal opened.
     */
    public static List<Backup> sources(Path dataDir) {
        List<Backup> all = Backups.listIn(dataDir.resolve("backups"));
        String prefix = DataDirectory.databaseFile(dataDir).getFileName() + ".";
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> files = Files.list(dataDir)) {
                files.filter(file -> file.getFileName().toString().startsWith(prefix) && Files.isRegularFile(file))
                        .map(file -> new Backup(file, BackupFacts.modified(file), -1)).forEach(all::add);
            } catch (IOException e) {
                throw new InvalidInputException("Can't read " + dataDir + ": " + e.getMessage(), e);
            }
        }
        all.sort(Comparator.comparing(Backup::taken).reversed());
        return all;
    }

    /**
     * The journal in {@code dataDir} as it is now: its notes, or why they can't be counted. Looked at
     * read-only, with no passphrase, while no other process has it.
     * @throws org.learnlog.store.JournalLockedException if another process has the journal
     */
    public static JournalLook current(Path dataDir, String holder) {
        return JournalPeek.current(dataDir, holder);
    }

    private static String stamp(Clock clock) {
        return STAMP.format(LocalDateTime.now(clock));
    }

    private static void requireFile(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new InvalidInputException("There is no backup file " + zip + ".");
        }
    }

}
