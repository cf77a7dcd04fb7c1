package org.learnlog.store;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a journal's schema up to date with Flyway (about 95 ms on a normal start). Migrations are
 * append-only files in store/migration; Flyway's checksums catch one edited after release.
 */
final class SchemaMigrations {
    static final String LOCATION = "classpath:org/learnlog/store/migration";
    /** Flyway logs every step at INFO; only its warnings are worth the user's attention. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private SchemaMigrations() {
    }

    /**
     * Migrates {@code database}, backing its file up into {@code backups} first when a migration is
     * pending (null: no file to back up).
     */
    static void bringUpToDate(Database database, DataSource source, Path backups) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        try {
            Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations(LOCATION)
                    .load();
            if (backups != null && flyway.info().pending().length > 0) {
                // A migration changes the user's only copy; the copy from before it is never rotated away.
                JournalBackups.backUp(database, backups.resolve("before-migration-" + System.currentTimeMillis() + ".zip"));
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Can't bring the journal " + database.name() + " up to date: "
                    + H2Errors.firstLine(e.getMessage()) + ". The file was left as it is.", e);
        }
    }
}
