package org.learnlog.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.learnlog.model.JournalKey;
import org.learnlog.model.JournalLook;
import org.learnlog.store.DataDirectory;
import org.learnlog.store.Database;
import org.learnlog.store.FileEncryption;
import org.learnlog.store.JournalLock;
import org.learnlog.store.JournalPeek;
import org.learnlog.store.NoteScans;

/**
 * Encrypts a closed journal with a passphrase, changes its passphrase, or makes it plain again, and
 * does the same with every copy of it: the backups, and the journal files kept aside by a restore or
 * from a damaged start. Nothing that may hold a note is deleted. A copy in the clear that can't be read,
 * and so can't be encrypted, stops an encryption before anything changes, and is named so the user can
 * decide. A copy encrypted with another passphrase is left as it is. Unsaved drafts must be restored or
 * discarded first. A backup is taken at once.
 */
public final class JournalEncryption {
    private JournalEncryption() {
    }

    /** Whether the journal in {@code dataDir} is encrypted, and so needs its passphrase to open. */
    public static boolean encrypted(Path dataDir) {
        return DataDirectory.encrypted(dataDir);
    }

    /** What a change of key does with the journal's copies; {@code to} only matters as plain or not. */
    public static EncryptionPlan plan(Path dataDir, JournalKey from, boolean encrypting) {
        List<EncryptionPlan.Copy> copies = new ArrayList<>();
        for (Path file : copies(dataDir)) {
            JournalLook look = JournalPeek.look(file, from);
            copies.add(new EncryptionPlan.Copy(file, modified(file), look, fate(look, encrypting)));
        }
        return new EncryptionPlan(copies);
    }

    /**
     * Rewrites the journal in {@code dataDir} and each of its copies with {@code to} ({@link JournalKey#NONE}:
     * plain), holding the journal for {@code holder} meanwhile; {@code from} opens them. Returns what
     * it did with the copies.
     * @throws org.learnlog.store.JournalLockedException if another process has the journal
     * @throws InvalidInputException if a copy in the clear can't be read, before anything changed
     */
    public static EncryptionPlan rekey(Path dataDir, JournalKey from, JournalKey to, Clock clock, String holder) {
        try (JournalLock lock = JournalLock.take(dataDir, holder)) {
            if (filesIn(dataDir.resolve("drafts")).stream().anyMatch(file -> file.toString().endsWith(Drafts.SUFFIX))) {
                throw new InvalidInputException("There is unsaved text in " + dataDir.resolve("drafts") + ". Open "
                        + "Learnlog and restore or discard it first: it was kept with the journal's present key.");
            }
            EncryptionPlan plan = plan(dataDir, from, to.present());
            if (!plan.blockers().isEmpty()) {
                throw new InvalidInputException(plan.blockersText());
            }
            FileEncryption.rekeyJournal(lock, dataDir, from, to);
            for (EncryptionPlan.Copy copy : plan.rewritten()) {
                FileEncryption.rekeyCopy(copy.file(), copy.look().encrypted() ? from : JournalKey.NONE, to);
            }
            try (Database database = Database.openHeld(lock, dataDir, to)) {
                new Backups(database, dataDir.resolve("backups"), new NoteScans(database)::count, clock).takeKeepingAll();
            }
            return plan;
        }
    }

    /** Encrypts a plain journal with {@code key}. */
    public static EncryptionPlan encrypt(Path dataDir, JournalKey key, Clock clock) {
        if (encrypted(dataDir)) {
            throw new InvalidInputException("The journal in " + dataDir + " is encrypted already.");
        }
        return rekey(dataDir, JournalKey.NONE, key, clock, "Learnlog encrypt");
    }

    private static EncryptionPlan.Fate fate(JournalLook look, boolean encrypting) {
        if (look.readable()) {
            return look.encrypted() || encrypting ? EncryptionPlan.Fate.REWRITTEN : EncryptionPlan.Fate.LEFT_PLAIN;
        }
        if (look.encrypted()) {
            return EncryptionPlan.Fate.LEFT_ENCRYPTED;
        }
        return encrypting ? EncryptionPlan.Fate.BLOCKS : EncryptionPlan.Fate.LEFT_PLAIN;
    }

    /** The backups and the journal files kept aside, oldest first; the facts beside backups hold no text. */
    private static List<Path> copies(Path dataDir) {
        List<Path> copies = new ArrayList<>();
        filesIn(dataDir.resolve("backups")).stream()
                .filter(file -> file.getFileName().toString().endsWith(".zip") && !isHidden(file)).forEach(copies::add);
        String journal = DataDirectory.databaseFile(dataDir).getFileName() + ".";
        filesIn(dataDir).stream().filter(file -> file.getFileName().toString().startsWith(journal)).forEach(copies::add);
        copies.sort(Comparator.comparing(JournalEncryption::modified));
        return copies;
    }

    private static boolean isHidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    private static Instant modified(Path file) {
        return BackupFacts.modified(file);
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new InvalidInputException("Can't read " + folder + ": " + e.getMessage(), e);
        }
    }
}
