package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalStatus;

/** Performance goals. Each public method is one transaction. */
public final class GoalRepository {
    private static final String COLUMNS = "id, slug, title, why, metric, unit, direction, baseline, baseline_date, "
            + "target, due_date, status, status_changed, cadence, created_at";

    private final Database database;

    public GoalRepository(Database database) {
        this.database = database;
    }

    public void insert(Goal goal) {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO goal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, goal.id());
                insert.setString(2, goal.slug());
                insert.setString(3, goal.title());
                insert.setString(4, goal.why());
                insert.setString(5, goal.metric());
                insert.setString(6, goal.unit());
                insert.setString(7, goal.direction().name());
                insert.setDouble(8, goal.baseline());
                insert.setObject(9, goal.baselineDate());
                insert.setDouble(10, goal.target());
                insert.setObject(11, goal.due());
                insert.setString(12, goal.status().name());
                insert.setObject(13, goal.statusChanged());
                insert.setString(14, goal.cadence().name());
                Columns.setInstant(insert, 15, goal.created());
                return insert.executeUpdate();
            }
        });
    }

    /** Writes what the user can change of a goal; false if it is gone. The id, slug and dates stay. */
    public boolean update(Goal goal) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE goal SET title = ?, why = ?, metric = ?, "
                    + "unit = ?, direction = ?, baseline = ?, target = ?, due_date = ?, cadence = ? WHERE id = ?")) {
                update.setString(1, goal.title());
                update.setString(2, goal.why());
                update.setString(3, goal.metric());
                update.setString(4, goal.unit());
                update.setString(5, goal.direction().name());
                update.setDouble(6, goal.baseline());
                update.setDouble(7, goal.target());
                update.setObject(8, goal.due());
                update.setString(9, goal.cadence().name());
                update.setObject(10, goal.id());
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Sets the status and the day it changed. */
    public void updateStatus(Goal goal) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE goal SET status = ?, status_changed = ? WHERE id = ?")) {
                update.setString(1, goal.status().name());
                update.setObject(2, goal.statusChanged());
                update.setObject(3, goal.id());
                return update.executeUpdate();
            }
        });
    }

    /** Deletes the goal with its check-ins and reviews; its notes stay and lose the link. */
    public boolean delete(UUID id) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM goal WHERE id = ?")) {
                delete.setObject(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** The notes linked to the goal. */
    public List<UUID> linkedNoteIds(UUID id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT note_id FROM note_goal WHERE goal_id = ?")) {
                select.setObject(1, id);
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
    }

    public Optional<Goal> findBySlug(String slug) {
        return select(" WHERE slug = ?", slug).stream().findFirst();
    }

    public Optional<Goal> findById(UUID id) {
        return select(" WHERE id = ?", id).stream().findFirst();
    }

    /** All goals: active first, then by due date. */
    public List<Goal> all() {
        return select(" ORDER BY CASE status WHEN 'ACTIVE' THEN 0 ELSE 1 END, due_date, slug", null);
    }

    private List<Goal> select(String where, Object parameter) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM goal" + where)) {
                if (parameter != null) {
                    select.setObject(1, parameter);
                }
                List<Goal> goals = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        goals.add(goal(rows));
                    }
                }
                return goals;
            }
        });
    }

    private static Goal goal(ResultSet rows) throws SQLException {
        return new Goal(rows.getObject("id", UUID.class), rows.getString("slug"), rows.getString("title"),
                rows.getString("why"), rows.getString("metric"), rows.getString("unit"),
                Direction.valueOf(rows.getString("direction")), rows.getDouble("baseline"),
                rows.getObject("baseline_date", LocalDate.class), rows.getDouble("target"),
                rows.getObject("due_date", LocalDate.class), GoalStatus.valueOf(rows.getString("status")),
                rows.getObject("status_changed", LocalDate.class), Cadence.valueOf(rows.getString("cadence")),
                Columns.getInstant(rows, "created_at"));
    }
}
