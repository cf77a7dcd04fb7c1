package org.learnlog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The journal file's backups: H2's {@code BACKUP TO}, a consistent zip of the database taken while it
 * is open (about 0.8 s), and the restore of one into a data directory whose journal is closed.
 * Both write to a hidden temp file first, so a crash never leaves a partial backup or journal.
 */
public final class JournalBackups {
    private JournalBackups() {
    }

    /** Writes a backup of the open {@code database} to {@code zip}. */
    public static void backUp(Database database, Path zip) {
        Path temp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
        try {
            Files.createDirectories(zip.getParent());
            database.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("BACKUP TO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                return null;
            });
            move(temp, zip);
        } catch (IOException | StoreException e) {
            deleteQuietly(temp);
            throw new StoreException("Can't write the backup " + zip + ": " + DiskTrouble.of(e).orElse(e.getMessage()), e);
        }
    }

    /**
     * Puts the journal in {@code zip} in place of the one in {@code dataDir}, which must be closed. The
     * current file is first moved aside to {@code journal.mv.db.before-restore-STAMP}, and returned.
     * The search index and the journal marker are removed: they belonged to the other file.
     */
    public static Path restore(Path zip, Path dataDir, String stamp) {
        Path file = DataDirectory.databaseFile(dataDir);
        Path temp = file.resolveSibling("." + file.getFileName() + ".restoring");
        Path aside = file.resolveSibling(file.getFileName() + ".before-restore-" + stamp);
        try {
            extractJournal(zip, temp);
            if (Files.exists(file)) {
                Files.move(file, aside);
            }
            move(temp, file);
            // The marker and the index described the file that was replaced.
            Files.deleteIfExists(dataDir.resolve(JournalMarker.NAME));
            DataDirectory.deleteIndex(dataDir);
            return aside;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException("Can't restore " + zip + ": " + DiskTrouble.of(e).orElse(e.getMessage() + ".")
                    + " The journal was left as it was.", e);
        }
    }

    private static void extractJournal(Path zip, Path target) throws IOException {
        String wanted = DataDirectory.DATABASE_NAME + ".mv.db";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (Path.of(entry.getName()).getFileName().toString().equals(wanted)) {
                    copy(in, target);
                    return;
                }
            }
        }
        throw new IOException("it holds no " + wanted + ", so it is not a Learnlog backup");
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A hidden temp file is harmless; the caller reports the real error.
        }
    }
}
