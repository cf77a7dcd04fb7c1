package org.learnlog.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.learnlog.model.JournalKey;
import org.learnlog.store.DataDirectory;
import org.learnlog.store.Database;
import org.learnlog.store.FileEncryption;
import org.learnlog.store.NoteScans;

/**
 * Encrypts a closed journal with a passphrase, and lets go of what would still hold its text in the
 * clear: the backups taken before, and the copies kept aside by a restore or of a damaged file. A
 * first encrypted backup is taken at once. Unsaved drafts must be restored or discarded first.
 */
public final class JournalEncryption {
    private JournalEncryption() {
    }

    /** Whether the journal in {@code dataDir} is encrypted, and so needs its passphrase to open. */
    public static boolean encrypted(Path dataDir) {
        return DataDirectory.encrypted(dataDir);
    }

    /** The plain copies of the journal in {@code dataDir} that encrypting it deletes. */
    public static List<Path> plainCopies(Path dataDir) {
        List<Path> copies = new ArrayList<>(filesIn(dataDir.resolve("backups")));
        String file = DataDirectory.databaseFile(dataDir).getFileName().toString();
        filesIn(dataDir).stream().filter(path -> path.getFileName().toString().startsWith(file + ".")).forEach(copies::add);
        return copies;
    }

    /** Encrypts the journal in {@code dataDir}, which must be closed; returns the plain copies it deleted. */
    public static List<Path> encrypt(Path dataDir, JournalKey key, Clock clock) {
        if (!filesIn(dataDir.resolve("drafts")).isEmpty()) {
            throw new InvalidInputException("There is unsaved text in " + dataDir.resolve("drafts") + ". Open Learnlog "
                    + "and restore or discard it first: an encrypted journal keeps no drafts in the clear.");
        }
        FileEncryption.encrypt(dataDir, key);
        List<Path> deleted = plainCopies(dataDir);
        for (Path copy : deleted) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                throw new InvalidInputException("The journal is encrypted, but its plain copy " + copy + " can't be "
                        + "deleted: " + e.getMessage() + ". Delete it yourself.", e);
            }
        }
        try (Database database = Database.openFile(dataDir, key, true)) {
            new Backups(database, dataDir.resolve("backups"), new NoteScans(database)::count, clock).take();
        }
        return deleted;
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
