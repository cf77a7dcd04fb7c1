package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Conversions between JDBC columns and model values that every repository needs. */
final class Columns {
    /** Separates names in a LISTAGG column; tags and slugs can't contain control characters. */
    static final String LIST_SEPARATOR = "\u001f";

    private Columns() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    static List<String> getList(ResultSet rows, String column) throws SQLException {
        String joined = rows.getString(column);
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(LIST_SEPARATOR));
    }
}
