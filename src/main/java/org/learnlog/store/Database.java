package org.learnlog.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.JournalKey;

/**
 * The journal's embedded H2 database. Every {@link #write} is one committed transaction; a failure
 * rolls it back whole, and a failure of the disk is said as such ({@link DiskTrouble}).
 */
public final class Database implements AutoCloseable {
    static final String MIGRATIONS = SchemaMigrations.LOCATION;

    private final ConnectionPool connections;
    private final String name;
    /** False for a journal in memory, which has no disk to sync. */
    private final boolean onDisk;
    private volatile boolean closed;
    /** Null for a journal in memory. */
    private JournalMarker marker;
    /** Null for a journal in memory. */
    private JournalLock lock;
    private boolean encrypted;

    private Database(String url, String password, String name, boolean onDisk) throws SQLException {
        this.name = name;
        this.connections = new ConnectionPool(url, password, name);
        this.onDisk = onDisk;
    }

    /**
     * Opens (or on first use creates) the journal in {@code dataDir} and brings its schema up to date.
     * An existing file that can't be opened is reported with its path and never replaced.
     */
    public static Database openFile(Path dataDir) {
        return openFile(dataDir, JournalKey.NONE, true);
    }

    /**
     * As {@link #openFile(Path)}, for a journal that may be encrypted: {@code key} opens an encrypted
     * one, and makes a new journal encrypted; a plain journal ignores it. Unless {@code compactOnClose},
     * closing leaves the file's free space to a later close: for a command the user waits on, since
     * after an import H2 spent half a second compacting at each of the next closes.
     * @throws WrongPassphraseException if the journal is encrypted and {@code key} does not open it
     */
    public static Database openFile(Path dataDir, JournalKey key, boolean compactOnClose) {
        return openFile(dataDir, key, compactOnClose, "Learnlog");
    }

    /**
     * As {@link #openFile(Path, JournalKey, boolean)}, holding the journal for {@code holder} (as
     * "learnlog add"), which a process that finds it held names.
     * @throws JournalLockedException if another process has the journal
     */
    public static Database openFile(Path dataDir, JournalKey key, boolean compactOnClose, String holder) {
        DataDirectory.prepare(dataDir);
        JournalLock lock = JournalLock.take(dataDir, holder);
        try {
            Database database = openLocked(dataDir, key, compactOnClose);
            database.lock = lock;
            return database;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the journal in {@code dataDir} for work that replaces its file while {@code held}, taken by
     * the caller, keeps every other process out; closing it leaves the lock to the caller.
     */
    public static Database openHeld(JournalLock held, Path dataDir, JournalKey key) {
        return openLocked(dataDir, key, true);
    }

    private static Database openLocked(Path dataDir, JournalKey key, boolean compactOnClose) {
        Path file = DataDirectory.databaseFile(dataDir);
        boolean exists = Files.exists(file);
        boolean encrypted = exists ? DataDirectory.encrypted(dataDir) : key.present();
        if (encrypted && !key.present()) {
            throw new WrongPassphraseException(false, null);
        }
        JournalKey used = encrypted ? key : JournalKey.NONE;
        Optional<JournalMarker.Mark> mark = JournalMarker.read(dataDir);
        if (exists) {
            SafeOpen.checkBefore(dataDir, mark, used);
        }
        // WRITE_DELAY=0: a commit reaches the file at once, so a kill loses nothing already committed.
        // Not MAX_LENGTH_INPLACE_LOB: the crash test found the file damaged with it (docs/decisions/0003).
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(dataDir) + ";WRITE_DELAY=0"
                + (exists ? ";IFEXISTS=TRUE" : "") + (compactOnClose ? "" : ";MAX_COMPACT_TIME=0")
                + H2Cipher.urlOptions(used);
        try {
            Database database = new Database(url, H2Cipher.password(used), file.toAbsolutePath().toString(), true);
            database.encrypted = encrypted;
            try {
                SchemaMigrations.bringUpToDate(database, database.connections, exists ? dataDir.resolve("backups") : null);
                long writes = new JournalState(database).noteWrites();
                if (mark.isPresent()) {
                    SafeOpen.checkWrites(dataDir, writes, mark.get());
                }
                database.marker = new JournalMarker(dataDir, writes);
                database.marker.record(writes, false);
            } catch (StoreException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (SQLException e) {
            if (H2Errors.isAlreadyOpen(e)) {
                throw new JournalLockedException(e);
            }
            if (H2Errors.hasCode(e, H2Errors.WRONG_FILE_PASSWORD)) {
                throw new WrongPassphraseException(true, e);
            }
            if (exists) {
                throw SafeOpen.unreadable(dataDir, e);
            }
            throw new StoreException("Can't open the journal file " + file.toAbsolutePath() + ": "
                    + H2Errors.firstLine(e.getMessage()) + ". The file was left as it is.", e);
        }
    }

    /** A private, empty journal in memory, for tests and previews. */
    public static Database inMemory() {
        try {
            Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0", "", "in memory",
                    false);
            SchemaMigrations.bringUpToDate(database, database.connections, null);
            return database;
        } catch (SQLException e) {
            throw new StoreException("Can't create an in-memory journal: " + e.getMessage(), e);
        }
    }

    /** Runs read-only work on a connection of its own. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            connections.reopenIfClosed(e);
            throw new StoreException("Reading the journal failed: " + DiskTrouble.describe(e), e);
        }
    }

    /** Runs work as one transaction: all of it is committed, or none of it. */
    public <T> T write(SqlWork<T> work) {
        T result = commit(work);
        if (onDisk) {
            forceToDisk();
        }
        return result;
    }

    private <T> T commit(SqlWork<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            connections.reopenIfClosed(e);
            throw new StoreException("Saving to the journal failed, nothing was changed: " + DiskTrouble.describe(e), e);
        }
    }

    /**
     * Makes a commit durable before the caller hears of it, even through a power cut: WRITE_DELAY=0
     * hands the commit to the operating system, and {@code CHECKPOINT SYNC} (1–3 ms) makes it fsync.
     */
    private void forceToDisk() {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            // The commit is in the file already: "nothing was changed" would be wrong here.
            connections.reopenIfClosed(e);
            throw new StoreException("Saved, but the disk did not confirm it (" + DiskTrouble.describe(e)
                    + "). Check the disk, then save again.", e);
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new StoreException("The journal " + name + " is closed. Restart Learnlog to go on working.");
        }
        return connections.get();
    }

    /**
     * Reads the whole journal, so damage anywhere in its file is found now (4.7 s for 100,000 notes).
     * @throws DamagedJournalException if a page can't be read; a copy of the file is kept
     */
    public void verify() {
        try (Connection connection = connection()) {
            JournalCheck.readAll(connection);
        } catch (SQLException e) {
            connections.reopenIfClosed(e);
            // A full disk or a closed database says nothing about the file's pages.
            if (marker == null || H2Errors.hasCode(e, ConnectionPool.CLOSED_BY_H2) || DiskTrouble.of(e).isPresent()) {
                throw new StoreException("Reading the journal failed: " + DiskTrouble.describe(e), e);
            }
            throw SafeOpen.unreadable(marker.dataDir(), e);
        }
    }

    /** The marker that follows this journal file's writes, for a journal on disk. */
    public Optional<JournalMarker> marker() {
        return Optional.ofNullable(marker);
    }

    /** Whether the file is encrypted with a passphrase; its backups then are too. */
    public boolean encrypted() {
        return encrypted;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        closed = true;
        try {
            connections.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the journal failed: " + e.getMessage(), e);
        } finally {
            // H2 may have made the file smaller on closing; the marker learns the size a clean close left.
            if (marker != null) {
                marker.closed();
            }
            if (lock != null) {
                lock.close();
            }
        }
    }
}
