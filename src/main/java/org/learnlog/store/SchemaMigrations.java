package org.learnlog.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a journal's schema up to date with Flyway. Migrations are append-only files in
 * store/migration; Flyway's checksums catch one edited after release. A journal already at
 * {@link #LATEST} opens without starting Flyway, whose start weighs on a short command.
 */
final class SchemaMigrations {
    static final String LOCATION = "classpath:org/learnlog/store/migration";
    /** The newest migration's version, V13__…; MigrationTest checks it against the files. */
    static final String LATEST = "13";

    private SchemaMigrations() {
    }

    /**
     * Migrates {@code database}, backing its file up into {@code backups} first when a migration is
     * pending (null: no file to back up), and compacting the file after.
     */
    static void bringUpToDate(Database database, ConnectionPool connections, Path backups) {
        DataSource source = connections.dataSource();
        try (Connection connection = source.getConnection()) {
            if (atLatest(connection)) {
                return;
            }
        } catch (SQLException e) {
            // Flyway, next, says what is wrong with the file.
        }
        FlywayLog.LOG.setLevel(Level.WARNING);
        try {
            Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations(LOCATION)
                    .load();
            boolean upgrade = backups != null && flyway.info().pending().length > 0;
            if (upgrade) {
                // A migration changes the user's only copy; the copy from before it is never rotated away.
                JournalBackups.backUp(database, backups.resolve("before-migration-" + System.currentTimeMillis() + ".zip"));
            }
            flyway.migrate();
            if (upgrade) {
                // A migration that rewrote rows leaves their old copies behind in the file.
                connections.compact();
            }
        } catch (SQLException e) {
            throw new StoreException("Can't compact the journal " + database.name() + " after bringing it up to date: "
                    + H2Errors.firstLine(e.getMessage()) + ".", e);
        } catch (FlywayException e) {
            throw new StoreException("Can't bring the journal " + database.name() + " up to date: "
                    + H2Errors.firstLine(e.getMessage()) + ". The file was left as it is.", e);
        }
    }

    /** Whether Flyway's own history says the newest migration ran and none failed; false for a new file. */
    static boolean atLatest(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet newest = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                     + "ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return newest.next() && LATEST.equals(newest.getString(1)) && newest.getBoolean(2);
        } catch (SQLException e) {
            // No history table yet: a new journal, which Flyway creates.
            return false;
        }
    }

    /**
     * Flyway logs every step at INFO; only its warnings are worth the user's attention. Held here, as the
     * logging system keeps a logger's level only while someone holds the logger, and made on first use.
     */
    private static final class FlywayLog {
        static final Logger LOG = Logger.getLogger("org.flywaydb");
    }
}
