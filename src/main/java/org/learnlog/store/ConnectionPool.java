package org.learnlog.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The database's connections. One stays open for the journal's lifetime, which keeps H2's file lock
 * (so a second process is refused) and keeps the database from closing between calls. When a write
 * fails on a full or failing disk, H2 closes the whole database and every pooled connection with it;
 * the file keeps its last committed state, so the pool is then made anew, and once there is space
 * again the user saves again without a restart.
 */
final class ConnectionPool implements AutoCloseable {
    static final int CLOSED_BY_H2 = 90098;

    private final String url;
    private final String password;
    private final String name;
    private volatile JdbcConnectionPool pool;
    private volatile Connection anchor;
    private boolean closed;
    /** H2 closed the database and no new pool is open yet. */
    private volatile boolean broken;

    ConnectionPool(String url, String password, String name) throws SQLException {
        this.url = url;
        this.password = password;
        this.name = name;
        this.pool = create(url, password);
        this.anchor = pool.getConnection();
    }

    private static JdbcConnectionPool create(String url, String password) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "learnlog", password);
        pool.setMaxConnections(8);
        return pool;
    }

    Connection get() throws SQLException {
        if (broken) {
            synchronized (this) {
                if (broken) {
                    reopen();
                }
            }
        }
        return pool.getConnection();
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * Lets go of every connection if {@code failure} says H2 closed the database, and opens it anew; if
     * that fails too (the disk is still full), the next {@link #get} tries again.
     */
    synchronized void reopenIfClosed(SQLException failure) {
        if (closed || broken || !H2Errors.hasCode(failure, CLOSED_BY_H2)) {
            return;
        }
        // H2 keeps a closed database, and its error, for as long as one connection to it is open.
        broken = true;
        closeQuietly(anchor);
        pool.dispose();
        log().log(System.Logger.Level.INFO, "H2 closed the journal " + name + "; the next work reopens it");
    }

    /** Closes the database with its file compacted, and opens it again. */
    synchronized void compact() throws SQLException {
        try (Statement statement = anchor.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        closeQuietly(anchor);
        pool.dispose();
        reopen();
    }

    private void reopen() throws SQLException {
        JdbcConnectionPool fresh = create(url, password);
        try {
            anchor = fresh.getConnection();
        } catch (SQLException e) {
            fresh.dispose();
            throw e;
        }
        pool = fresh;
        broken = false;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Its database is closed already.
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        if (broken) {
            return;
        }
        try {
            anchor.close();
        } finally {
            pool.dispose();
        }
    }

    /** Looked up on first use: starting the logging system weighs on every short command. */
    private static System.Logger log() {
        return System.getLogger(ConnectionPool.class.getName());
    }
}
