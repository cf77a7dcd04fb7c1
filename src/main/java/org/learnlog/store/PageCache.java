package org.learnlog.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * H2's page cache, made small around work that reads the whole journal once (a backup and the check
 * before it), where a large cache only keeps each page long enough to cost a full collection later
 * (docs/decisions/0008-backups-read-through-a-small-cache.md).
 */
public final class PageCache {
    private static final System.Logger LOG = System.getLogger(PageCache.class.getName());
    static final int SMALL_KB = 1024;

    private PageCache() {
    }

    /** Runs {@code work} with a 1 MB page cache, then gives the cache its size back. */
    public static <T> T smallWhile(Database database, Supplier<T> work) {
        int usualKb = database.read(PageCache::sizeKb);
        resize(database, SMALL_KB);
        try {
            return work.get();
        } finally {
            try {
                resize(database, usualKb);
            } catch (StoreException e) {
                // The work failed and closed the journal (a full disk, say): its error is the one to tell.
                LOG.log(Level.DEBUG, "Can't give the page cache its size back", e);
            }
        }
    }

    /** The cache's greatest size now, in kB. */
    static int sizeKb(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            // H2 says it in MB.
            return row.next() ? Integer.parseInt(row.getString(1)) * 1024 : SMALL_KB;
        }
    }

    /** A setting of the open database, not a change to the journal, so a read connection will do. */
    private static void resize(Database database, int kb) {
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET CACHE_SIZE " + kb);
            }
            return null;
        });
    }
}
