package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The journal's count of note writes: raised inside each note write's transaction, read to check the index. */
public final class JournalState {
    private final Database database;

    public JournalState(Database database) {
        this.database = database;
    }

    /** How many note saves and deletes the journal has committed. */
    public long noteWrites() {
        return database.read(JournalState::read);
    }

    /** Counts {@code writes} note writes inside the caller's transaction; the count after the last. */
    static long countWrites(Connection connection, int writes) throws SQLException {
        try (PreparedStatement raise = connection.prepareStatement(
                "UPDATE journal_state SET note_writes = note_writes + ? WHERE id = 1")) {
            raise.setInt(1, writes);
            raise.executeUpdate();
        }
        return read(connection);
    }

    private static long read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT note_writes FROM journal_state WHERE id = 1");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
