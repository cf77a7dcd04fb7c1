package org.learnlog.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.store.fs.FileUtils;
import org.learnlog.model.JournalKey;

/**
 * Encrypts a closed journal file with a passphrase: its SQL, in memory, is run into a new encrypted
 * file, which is opened with the passphrase to check that it holds every write, and only then moved
 * over the plain file.
 * A failure at any step leaves the journal as it was.
 */
public final class FileEncryption {
    private FileEncryption() {
    }

    /** @throws JournalLockedException if another process has the journal open */
    public static void encrypt(Path dataDir, JournalKey key) {
        if (DataDirectory.encrypted(dataDir)) {
            throw new StoreException("The journal in " + dataDir + " is encrypted already.");
        }
        Path work = dataDir.resolve(".encrypting");
        // H2's in-memory file system: the journal's text never touches the disk in the clear on the way.
        String script = "memFS:/learnlog-encrypt-" + UUID.randomUUID() + ".sql";
        try {
            deleteTree(work);
            Files.createDirectories(work);
            long writes;
            try (Database plain = Database.openFile(dataDir)) {
                writes = new JournalState(plain).noteWrites();
                plain.read(connection -> execute(connection, "SCRIPT TO '" + script + "'"));
            }
            // No compaction on close: H2 2.3's chunk mover trips its own assertion on a file this new.
            String url = "jdbc:h2:file:" + DataDirectory.databaseBase(work) + H2Cipher.urlOptions(key) + ";MAX_COMPACT_TIME=0";
            try (Connection encrypted = DriverManager.getConnection(url, "learnlog", H2Cipher.password(key))) {
                execute(encrypted, "RUNSCRIPT FROM '" + script + "'");
            }
            if (writesIn(work, key) != writes) {
                throw new StoreException("The encrypted copy does not hold every note; the journal was left as it was.");
            }
            Files.move(DataDirectory.databaseFile(work), DataDirectory.databaseFile(dataDir),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // The marker knew the plain file's size, and the index holds its text in the clear.
            Files.deleteIfExists(dataDir.resolve(JournalMarker.NAME));
            DataDirectory.deleteIndex(dataDir);
        } catch (IOException | SQLException e) {
            throw new StoreException("Can't encrypt the journal: " + DiskTrouble.describe(e)
                    + ". The journal was left as it was.", e);
        } finally {
            FileUtils.delete(script);
            deleteQuietly(work);
        }
    }

    private static Void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    private static long writesIn(Path folder, JournalKey key) throws SQLException {
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(folder) + ";IFEXISTS=TRUE" + H2Cipher.urlOptions(key);
        try (Connection connection = DriverManager.getConnection(url, "learnlog", H2Cipher.password(key));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note_writes FROM journal_state WHERE id = 1")) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            // A leftover work folder is removed by the next try.
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
