package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.CheckIn;

/** Check-ins of goals, with their evidence notes. Each public method is one transaction. */
public final class CheckInRepository {
    private static final String SELECT = "SELECT c.id, c.goal_id, c.check_date, c.measured, c.comment, c.created_at, "
            + "(SELECT LISTAGG(CAST(e.note_id AS VARCHAR), CHAR(31)) WITHIN GROUP (ORDER BY e.note_id) "
            + "FROM check_in_evidence e WHERE e.check_in_id = c.id) AS evidence FROM check_in c ";

    private final Database database;

    public CheckInRepository(Database database) {
        this.database = database;
    }

    public void insert(CheckIn checkIn) {
        database.write(connection -> {
            insert(connection, checkIn);
            return null;
        });
    }

    /** Replaces the date, value, comment and evidence of the check-in with this id. */
    public boolean update(CheckIn checkIn) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE check_in SET check_date = ?, measured = ?, comment = ? WHERE id = ?");
                 PreparedStatement clear = connection.prepareStatement(
                         "DELETE FROM check_in_evidence WHERE check_in_id = ?")) {
                update.setObject(1, checkIn.date());
                update.setDouble(2, checkIn.value());
                update.setString(3, checkIn.comment());
                update.setObject(4, checkIn.id());
                if (update.executeUpdate() != 1) {
                    return false;
                }
                clear.setObject(1, checkIn.id());
                clear.executeUpdate();
                insertEvidence(connection, checkIn);
                return true;
            }
        });
    }

    public boolean delete(UUID id) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM check_in WHERE id = ?")) {
                delete.setObject(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    public Optional<CheckIn> find(UUID id) {
        return select("WHERE c.id = ?", id).stream().findFirst();
    }

    /** A goal's check-ins, oldest first. */
    public List<CheckIn> forGoal(UUID goalId) {
        return select("WHERE c.goal_id = ? ORDER BY c.check_date, c.created_at", goalId);
    }

    /** Every check-in of every goal, oldest first: one query for the Goals screen. */
    public List<CheckIn> all() {
        return select("ORDER BY c.check_date, c.created_at", null);
    }

    /** Inserts the check-in's rows inside a caller's transaction, e.g. with the review it belongs to. */
    static void insert(Connection connection, CheckIn checkIn) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO check_in (id, goal_id, check_date, measured, comment, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, checkIn.id());
            insert.setObject(2, checkIn.goalId());
            insert.setObject(3, checkIn.date());
            insert.setDouble(4, checkIn.value());
            insert.setString(5, checkIn.comment());
            Columns.setInstant(insert, 6, checkIn.created());
            insert.executeUpdate();
        }
        insertEvidence(connection, checkIn);
    }

    private static void insertEvidence(Connection connection, CheckIn checkIn) throws SQLException {
        try (PreparedStatement evidence = connection.prepareStatement(
                "INSERT INTO check_in_evidence (check_in_id, note_id) VALUES (?, ?)")) {
            for (UUID note : checkIn.evidence()) {
                evidence.setObject(1, checkIn.id());
                evidence.setObject(2, note);
                evidence.executeUpdate();
            }
        }
    }

    private List<CheckIn> select(String where, UUID parameter) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + where)) {
                if (parameter != null) {
                    select.setObject(1, parameter);
                }
                List<CheckIn> checkIns = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        checkIns.add(new CheckIn(rows.getObject("id", UUID.class), rows.getObject("goal_id", UUID.class),
                                rows.getObject("check_date", LocalDate.class), rows.getDouble("measured"),
                                rows.getString("comment"),
                                Columns.getList(rows, "evidence").stream().map(UUID::fromString).toList(),
                                Columns.getInstant(rows, "created_at")));
                    }
                }
                return checkIns;
            }
        });
    }
}
