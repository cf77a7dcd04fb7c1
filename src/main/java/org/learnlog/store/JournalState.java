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

    static long countWrite(Connection connection) throws SQLException {
        try (PreparedStatement raise = connection.prepareStatement(
                "UPDATE journal_state SET note_writes = note_writes + 1 WHERE id = 1")) {
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
