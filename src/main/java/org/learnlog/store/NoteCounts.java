package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learnlog.model.DayCount;
import org.learnlog.model.GoalCount;
import org.learnlog.model.TagCount;

/** Counts of notes for the charts, computed in SQL so no note is loaded to draw them. */
public final class NoteCounts {
    private final Database database;

    public NoteCounts(Database database) {
        this.database = database;
    }

    /** Notes per day from {@code from} to {@code to}, both included; days without notes are absent. */
    public List<DayCount> perDay(LocalDate from, LocalDate to) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT note_date, COUNT(*) FROM note "
                    + "WHERE note_date BETWEEN ? AND ? GROUP BY note_date ORDER BY note_date")) {
                select.setObject(1, from);
                select.setObject(2, to);
                List<DayCount> days = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(new DayCount(rows.getObject(1, LocalDate.class), rows.getInt(2)));
                    }
                }
                return days;
            }
        });
    }

    /** Notes dated on or after {@code since} per goal, every goal included, most notes first. */
    public List<GoalCount> perGoal(LocalDate since) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT g.slug, g.title, COUNT(n.id) FROM goal g "
                    + "LEFT JOIN note_goal ng ON ng.goal_id = g.id LEFT JOIN note n ON n.id = ng.note_id "
                    + "AND n.note_date >= ? GROUP BY g.slug, g.title ORDER BY COUNT(n.id) DESC, g.slug")) {
                select.setObject(1, since);
                List<GoalCount> goals = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        goals.add(new GoalCount(rows.getString(1), rows.getString(2), rows.getInt(3)));
                    }
                }
                return goals;
            }
        });
    }

    /** The {@code limit} tags with most notes dated on or after {@code since}, most first. */
    public List<TagCount> perTag(LocalDate since, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT t.name, COUNT(*) FROM tag t "
                    + "JOIN note_tag nt ON nt.tag_id = t.id JOIN note n ON n.id = nt.note_id WHERE n.note_date >= ? "
                    + "GROUP BY t.name ORDER BY COUNT(*) DESC, t.name LIMIT ?")) {
                select.setObject(1, since);
                select.setInt(2, limit);
                List<TagCount> tags = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        tags.add(new TagCount(rows.getString(1), rows.getInt(2)));
                    }
                }
                return tags;
            }
        });
    }
}
