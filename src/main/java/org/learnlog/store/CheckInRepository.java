package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.CheckIn;

/** Check-ins of goals, with their evidence notes. Each public method is one transaction. */
public final class CheckInRepository {
    private static final String EVIDENCE = "(SELECT LISTAGG(CAST(e.note_id AS VARCHAR), CHAR(31)) WITHIN GROUP "
            + "(ORDER BY e.note_id) FROM check_in_evidence e WHERE e.check_in_id = c.id) AS evidence";

    private final Database database;

    public CheckInRepository(Database database) {
        this.database = database;
    }

    public void insert(CheckIn checkIn) {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO check_in (id, goal_id, check_date, measured, comment, created_at) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement evidence = connection.prepareStatement(
                         "INSERT INTO check_in_evidence (check_in_id, note_id) VALUES (?, ?)")) {
                insert.setObject(1, checkIn.id());
                insert.setObject(2, checkIn.goalId());
                insert.setObject(3, checkIn.date());
                insert.setDouble(4, checkIn.value());
                insert.setString(5, checkIn.comment());
                Columns.setInstant(insert, 6, checkIn.created());
                insert.executeUpdate();
                for (UUID note : checkIn.evidence()) {
                    evidence.setObject(1, checkIn.id());
                    evidence.setObject(2, note);
                    evidence.executeUpdate();
                }
                return null;
            }
        });
    }

    /** A goal's check-ins, oldest first. */
    public List<CheckIn> forGoal(UUID goalId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT c.id, c.goal_id, c.check_date, c.measured, "
                    + "c.comment, c.created_at, " + EVIDENCE + " FROM check_in c WHERE c.goal_id = ? "
                    + "ORDER BY c.check_date, c.created_at")) {
                select.setObject(1, goalId);
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
