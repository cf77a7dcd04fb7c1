package org.learnlog.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every value of every table. H2 reads a page only when it is needed, so damage in the middle
 * of the file shows up some day, in some list; this makes it show up now, before a backup of the
 * damaged file could push the good ones out of the rotation.
 */
final class JournalCheck {
    private JournalCheck() {
    }

    /** @return the rows read */
    static long readAll(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        // Row by row as the scan reads them, not held whole (docs/decisions/0008).
        try (Statement lazy = connection.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            long read = 0;
            for (String table : tables) {
                read += readTable(connection, table);
            }
            return read;
        } finally {
            try (Statement eager = connection.createStatement()) {
                eager.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    private static long readTable(Connection connection, String table) throws SQLException {
        long read = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rows.getMetaData().getColumnCount();
            boolean[] text = new boolean[columns + 1];
            for (int column = 1; column <= columns; column++) {
                text[column] = rows.getMetaData().getColumnType(column) == Types.CLOB;
            }
            byte[] buffer = new byte[8192];
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    if (text[column]) {
                        readThrough(rows.getBinaryStream(column), buffer);
                    } else {
                        rows.getString(column);
                    }
                }
                read++;
            }
        }
        return read;
    }

    /** Reads a long text's stored bytes into {@code buffer}, over and over: no reader per text (docs/decisions/0008). */
    private static void readThrough(InputStream stored, byte[] buffer) throws SQLException {
        if (stored == null) {
            return;
        }
        try (stored) {
            while (stored.read(buffer) >= 0) {
                // Reading is the check: a damaged page fails here.
            }
        } catch (IOException e) {
            throw new SQLException("Can't read a stored text: " + e.getMessage(), e);
        }
    }
}
