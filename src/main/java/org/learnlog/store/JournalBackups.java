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
     * Puts the journal in {@code source} in place of the one in {@code dataDir}, taking the journal for
     * {@code holder} meanwhile. The source is a backup zip or a journal file kept aside. The current file,
     * readable or not, is first moved aside to {@code journal.mv.db.before-restore-STAMP}, and returned;
     * it is never opened. The search index and the journal marker are removed: they belonged to it.
     * @throws JournalLockedException if another process has the journal
     */
    public static Path restore(Path source, Path dataDir, String stamp, String holder) {
        DataDirectory.prepare(dataDir);
        try (JournalLock lock = JournalLock.take(dataDir, holder)) {
            return restoreLocked(source, dataDir, stamp);
        }
    }

    /**
     * Where {@link #restore} keeps the current journal file, for a restore stamped {@code stamp}: a name
     * no file has yet, so a second restore in the same second never writes over the first one's.
     */
    public static Path aside(Path dataDir, String stamp) {
        Path file = DataDirectory.databaseFile(dataDir).toAbsolutePath();
        Path aside = file.resolveSibling(file.getFileName() + ".before-restore-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".before-restore-" + stamp + "-" + n);
        }
        return aside;
    }

    private static Path restoreLocked(Path source, Path dataDir, String stamp) {
        Path file = DataDirectory.databaseFile(dataDir);
        Path temp = file.resolveSibling("." + file.getFileName() + ".restoring");
        Path aside = aside(dataDir, stamp);
        try {
            extractJournal(source, temp);
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
            throw new StoreException("Can't restore " + source + ": " + DiskTrouble.why(e) + ". The journal was left as it "
                    + "was.", e);
        }
    }

    /**
     * Writes the journal file that {@code source} holds to {@code target}: a journal file as it is, or
     * from a zip, a copy of the file or SQL to run.
     */
    static void extractJournal(Path source, Path target) throws IOException {
        if (JournalPeek.isJournalFile(source)) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        String wanted = DataDirectory.DATABASE_NAME + ".mv.db";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (name.equals(wanted)) {
                    copy(in, target);
                    return;
                }
                if (name.equals(SCRIPT_ENTRY)) {
                    runScript(source, target);
                    return;
                }
            }
        }
        throw new IOException("it is neither a Learnlog backup (a zip that holds " + wanted
                + ") nor a journal file kept aside");
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
