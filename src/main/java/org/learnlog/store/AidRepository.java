package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Aid;

/** Performance aids. Each public method is one transaction. */
public final class AidRepository {
    private static final String COLUMNS = "id, type, title, author, created_at, updated_at, version, source_notes, "
            + "goals, tags, body";

    private final Database database;

    public AidRepository(Database database) {
        this.database = database;
    }

    /** Inserts the aid, or replaces the one with its id. */
    public void save(Aid aid) {
        database.write(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO aid (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                merge.setObject(1, aid.id());
                merge.setString(2, aid.type());
                merge.setString(3, aid.title());
                merge.setString(4, aid.author());
                Columns.setInstant(merge, 5, aid.created());
                Columns.setInstant(merge, 6, aid.updated());
                merge.setInt(7, aid.version());
                merge.setString(8, String.join(Columns.LIST_SEPARATOR, aid.sourceNotes().stream().map(UUID::toString).toList()));
                merge.setString(9, String.join(Columns.LIST_SEPARATOR, aid.goals()));
                merge.setString(10, String.join(Columns.LIST_SEPARATOR, aid.tags()));
                merge.setString(11, aid.body());
                return merge.executeUpdate();
            }
        });
    }

    public Optional<Aid> find(UUID id) {
        return select(" WHERE id = ?", id).stream().findFirst();
    }

    /** Every aid, the most recently saved first. */
    public List<Aid> all() {
        return select(" ORDER BY updated_at DESC, id", null);
    }

    public boolean delete(UUID id) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM aid WHERE id = ?")) {
                delete.setObject(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private List<Aid> select(String where, UUID parameter) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM aid" + where)) {
                if (parameter != null) {
                    select.setObject(1, parameter);
                }
                List<Aid> aids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        aids.add(aid(rows));
                    }
                }
                return aids;
            }
        });
    }

    private static Aid aid(ResultSet rows) throws SQLException {
        return new Aid(rows.getObject("id", UUID.class), rows.getString("type"), rows.getString("title"),
                rows.getString("author"), Columns.getInstant(rows, "created_at"), Columns.getInstant(rows, "updated_at"),
                rows.getInt("version"), Columns.getList(rows, "source_notes").stream().map(UUID::fromString).toList(),
                Columns.getList(rows, "goals"), Columns.getList(rows, "tags"), rows.getString("body"));
    }
}
