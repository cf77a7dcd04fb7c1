package org.learnlog.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.store.fs.FileUtils;
import org.learnlog.model.JournalKey;

/**
 * Encrypts, re-encrypts or decrypts a journal file and its copies: a file's SQL, in memory, is run
 * into a new file with the new key, which is opened to check that it holds every note, and only then
 * moved over the old one. A failure at any step leaves the file as it was.
 */
public final class FileEncryption {
    private FileEncryption() {
    }

    /**
     * Rewrites the journal in {@code dataDir}, which {@code held} holds for this process, with
     * {@code to} ({@link JournalKey#NONE}: plain); {@code from} opens it.
     * @throws WrongPassphraseException if {@code from} does not open it
     */
    public static void rekeyJournal(JournalLock held, Path dataDir, JournalKey from, JournalKey to) {
        String script = script();
        try (WorkFolder work = WorkFolder.beside(DataDirectory.databaseFile(dataDir), ".rekeying-")) {
            long writes;
            try (Database journal = Database.openHeld(held, dataDir, from)) {
                writes = new JournalState(journal).noteWrites();
                journal.read(connection -> execute(connection, "SCRIPT TO '" + script + "'"));
            }
            build(script, work.path(), to);
            if (writesIn(work.path(), to) != writes) {
                throw new StoreException("The rewritten journal does not hold every note; the journal was left as it was.");
            }
            Files.move(DataDirectory.databaseFile(work.path()), DataDirectory.databaseFile(dataDir),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // The marker knew the old file's size, and an index on disk holds a journal's text in the clear.
            Files.deleteIfExists(dataDir.resolve(JournalMarker.NAME));
            DataDirectory.deleteIndex(dataDir);
        } catch (IOException | SQLException e) {
            throw new StoreException("Can't rewrite the journal: " + DiskTrouble.describe(e)
                    + ". The journal was left as it was.", e);
        } finally {
            FileUtils.delete(script);
        }
    }

    /**
     * Rewrites a copy of a journal in place with {@code to}: a journal file kept aside (any name) stays
     * a journal file, a backup zip (a copy of the file, or SQL) becomes a zip of the rewritten file.
     */
    public static void rekeyCopy(Path copy, JournalKey from, JournalKey to) {
        String script = script();
        try (WorkFolder work = WorkFolder.beside(copy, ".rekeying-")) {
            Path in = Files.createDirectories(work.path().resolve("in"));
            Path out = Files.createDirectories(work.path().resolve("out"));
            JournalBackups.extractJournal(copy, DataDirectory.databaseFile(in));
            long notes;
            String url = "jdbc:h2:file:" + DataDirectory.databaseBase(in) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"
                    + H2Cipher.urlOptions(from);
            try (Connection source = DriverManager.getConnection(url, "learnlog", H2Cipher.password(from))) {
                notes = notesIn(source);
                execute(source, "SCRIPT TO '" + script + "'");
            }
            build(script, out, to);
            long copied;
            try (Connection built = open(out, to)) {
                copied = notesIn(built);
            }
            if (copied != notes) {
                throw new StoreException("The rewritten copy " + copy + " does not hold every note; it was left as it was.");
            }
            Path replacement = JournalPeek.isJournalFile(copy) ? DataDirectory.databaseFile(out) : zip(out, work.path());
            Files.move(replacement, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw new StoreException("Can't rewrite the copy " + copy + ": " + DiskTrouble.describe(e)
                    + ". It was left as it was.", e);
        } finally {
            FileUtils.delete(script);
        }
    }

    /** H2's in-memory file system: a journal's text never touches the disk in the clear on the way. */
    private static String script() {
        return "memFS:/learnlog-rekey-" + UUID.randomUUID() + ".sql";
    }

    private static void build(String script, Path folder, JournalKey to) throws SQLException {
        // No compaction on close: H2 2.3's chunk mover trips its own assertion on a file this new.
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(folder) + H2Cipher.urlOptions(to) + ";MAX_COMPACT_TIME=0";
        try (Connection built = DriverManager.getConnection(url, "learnlog", H2Cipher.password(to))) {
            execute(built, "RUNSCRIPT FROM '" + script + "'");
        }
    }

    private static Path zip(Path folder, Path work) throws IOException {
        Path zip = work.resolve("backup.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(DataDirectory.DATABASE_NAME + ".mv.db"));
            Files.copy(DataDirectory.databaseFile(folder), out);
            out.closeEntry();
        }
        return zip;
    }

    private static Void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    private static Connection open(Path folder, JournalKey key) throws SQLException {
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(folder) + ";IFEXISTS=TRUE" + H2Cipher.urlOptions(key);
        return DriverManager.getConnection(url, "learnlog", H2Cipher.password(key));
    }

    private static long notesIn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM note")) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    private static long writesIn(Path folder, JournalKey key) throws SQLException {
        try (Connection connection = open(folder, key);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note_writes FROM journal_state WHERE id = 1")) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }
}
