package org.learnlog.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The journal's embedded H2 database. Every {@link #write} is one committed transaction; a failure
 * rolls it back whole. One connection stays open for the journal's lifetime, which keeps H2's file
 * lock (so a second process is refused) and keeps the database from closing between calls.
 */
public final class Database implements AutoCloseable {
    static final String MIGRATIONS = "classpath:org/learnlog/store/migration";
    private static final int ALREADY_OPEN = 90020;
    /** Flyway logs every step at INFO; only its warnings are worth the user's attention. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final JdbcConnectionPool pool;
    private final Connection anchor;
    private final String name;
    /** False for a journal in memory, which has no disk to sync. */
    private final boolean onDisk;
    private volatile boolean closed;
    /** Null for a journal in memory. */
    private JournalMarker marker;

    private Database(String url, String name, boolean onDisk) throws SQLException {
        this.name = name;
        this.pool = JdbcConnectionPool.create(url, "learnlog", "");
        this.pool.setMaxConnections(8);
        this.anchor = pool.getConnection();
        this.onDisk = onDisk;
    }

    /**
     * Opens (or on first use creates) the journal in {@code dataDir} and brings its schema up to date.
     * An existing file that can't be opened is reported with its path and never replaced.
     */
    public static Database openFile(Path dataDir) {
        DataDirectory.prepare(dataDir);
        Path file = DataDirectory.databaseFile(dataDir);
        boolean exists = Files.exists(file);
        Optional<JournalMarker.Mark> mark = JournalMarker.read(dataDir);
        if (exists) {
            SafeOpen.checkBefore(dataDir, mark);
        }
        // WRITE_DELAY=0: a commit reaches the file at once, so a kill loses nothing already committed.
        // Not MAX_LENGTH_INPLACE_LOB: bodies of up to 64 kB kept in the row made imports 8-30 % faster, but
        // the crash test then found the file damaged ("Double mark") after a kill, twice in 20 kills.
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(dataDir) + ";WRITE_DELAY=0"
                + (exists ? ";IFEXISTS=TRUE" : "");
        try {
            Database database = new Database(url, file.toAbsolutePath().toString(), true);
            try {
                database.migrate(exists ? dataDir.resolve("backups") : null);
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
            if (isAlreadyOpen(e)) {
                throw new JournalLockedException(e);
            }
            if (exists) {
                throw SafeOpen.unreadable(dataDir, e);
            }
            throw new StoreException("Can't open the journal file " + file.toAbsolutePath() + ": "
                    + firstLine(e.getMessage()) + ". The file was left as it is.", e);
        }
    }

    /** A private, empty journal in memory, for tests and previews. */
    public static Database inMemory() {
        try {
            Database database = new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0", "in memory", false);
            database.migrate(null);
            return database;
        } catch (SQLException e) {
            throw new StoreException("Can't create an in-memory journal: " + e.getMessage(), e);
        }
    }

    /**
     * Brings the schema up to date with Flyway (measured: about 95 ms on a normal start), backing the file
     * up into {@code backups} first when a migration is pending (null: no file to back up). Migrations are
     * append-only files in store/migration; Flyway's checksums catch one edited after release.
     */
    private void migrate(Path backups) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        try {
            Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .load();
            if (backups != null && flyway.info().pending().length > 0) {
                // A migration changes the user's only copy; the copy from before it is never rotated away.
                JournalBackups.backUp(this, backups.resolve("before-migration-" + System.currentTimeMillis() + ".zip"));
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Can't bring the journal " + name + " up to date: " + firstLine(e.getMessage())
                    + ". The file was left as it is.", e);
        }
    }

    /** Runs read-only work on a connection of its own. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Reading the journal failed: " + firstLine(e.getMessage()), e);
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
            throw new StoreException("Saving to the journal failed, nothing was changed: "
                    + firstLine(e.getMessage()), e);
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
            throw new StoreException("Saved, but the disk did not confirm it (" + firstLine(e.getMessage())
                    + "). Check the disk, then save again.", e);
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new StoreException("The journal " + name + " is closed. Restart Learnlog to go on working.");
        }
        return pool.getConnection();
    }

    /**
     * Reads the whole journal, so damage anywhere in its file is found now (4.7 s for 100,000 notes).
     * @throws DamagedJournalException if a page can't be read; a copy of the file is kept
     */
    public void verify() {
        try (Connection connection = connection()) {
            JournalCheck.readAll(connection);
        } catch (SQLException e) {
            if (marker == null) {
                throw new StoreException("Reading the journal failed: " + firstLine(e.getMessage()), e);
            }
            throw SafeOpen.unreadable(marker.dataDir(), e);
        }
    }

    /** The marker that follows this journal file's writes, for a journal on disk. */
    public Optional<JournalMarker> marker() {
        return Optional.ofNullable(marker);
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        closed = true;
        try {
            anchor.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the journal failed: " + e.getMessage(), e);
        } finally {
            pool.dispose();
            // H2 may have made the file smaller on closing; the marker learns the size a clean close left.
            if (marker != null) {
                marker.closed();
            }
        }
    }

    static boolean isAlreadyOpen(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        int sqlState = line.indexOf(" [");
        return sqlState > 0 ? line.substring(0, sqlState) : line;
    }
}
