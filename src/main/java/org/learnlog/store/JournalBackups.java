package org.learnlog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The journal file's backups: H2's {@code BACKUP TO}, a consistent zip of the database taken while it
 * is open (about 0.8 s), and the restore of one into a data directory whose journal is closed.
 * Both write to a hidden temp file first, so a crash never leaves a partial backup or journal.
 */
public final class JournalBackups {
    /** The one entry of a zip that H2's {@code SCRIPT ... COMPRESSION ZIP} writes. */
    private static final String SCRIPT_ENTRY = "script.sql";
    private JournalBackups() {
    }

    /** Writes a backup of the open {@code database} to {@code zip}. */
    public static void backUp(Database database, Path zip) {
        writeOnline(database, zip, temp -> "BACKUP TO " + literal(temp), "backup");
    }

    /**
     * Writes the open {@code database} as SQL statements, zipped, to {@code zip}: H2's {@code SCRIPT},
     * which a later H2 whose file format has changed can still read back with {@code RUNSCRIPT}.
     */
    public static void script(Database database, Path zip) {
        writeOnline(database, zip, temp -> "SCRIPT TO " + literal(temp) + " COMPRESSION ZIP", "SQL backup");
    }

    private static void writeOnline(Database database, Path zip, Function<Path, String> sql, String what) {
        Path temp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
        try {
            Files.createDirectories(zip.getParent());
            database.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql.apply(temp));
                }
                return null;
            });
            move(temp, zip);
        } catch (IOException | StoreException e) {
            deleteQuietly(temp);
            throw new StoreException("Can't write the " + what + " " + zip + ": " + DiskTrouble.of(e).orElse(e.getMessage()), e);
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

    /** Writes the journal file that {@code zip} holds, as a copy of the file or as SQL to run, to {@code target}. */
    private static void extractJournal(Path zip, Path target) throws IOException {
        String wanted = DataDirectory.DATABASE_NAME + ".mv.db";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (name.equals(wanted)) {
                    copy(in, target);
                    return;
                }
                if (name.equals(SCRIPT_ENTRY)) {
                    runScript(zip, target);
                    return;
                }
            }
        }
        throw new IOException("it holds no " + wanted + ", so it is not a Learnlog backup");
    }

    /** Builds a new journal file at {@code target} from the SQL in {@code zip}. */
    private static void runScript(Path zip, Path target) throws IOException {
        // H2 names its file after the URL, so it is built under a name of its own, then moved.
        Path built = target.resolveSibling(target.getFileName() + "-sql.mv.db");
        String base = built.toAbsolutePath().toString();
        Files.deleteIfExists(built);
        // No compaction on close: H2 2.3's chunk mover trips its own assertion on a file this new.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base.substring(0, base.length() - 6)
                + ";MAX_COMPACT_TIME=0", "learnlog", "");
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM " + literal(zip) + " COMPRESSION ZIP");
        } catch (SQLException e) {
            Files.deleteIfExists(built);
            Files.deleteIfExists(built.resolveSibling(built.getFileName().toString().replace(".mv.db", ".trace.db")));
            throw new IOException("its SQL does not run (" + H2Errors.firstLine(e.getMessage()) + ")", e);
        }
        Files.move(built, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
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
