package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.LookSchedule;
import org.learnlog.model.Resurfaced;

/** When each learning linked to a goal comes back for another look (V12), and which are due. */
public final class NoteLookRepository {
    private static final String DUE = "SELECT DISTINCT " + NoteRepository.SUMMARY_COLUMNS + ", COALESCE(l.looks, 0) AS looks,"
            + " COALESCE(l.next_due, DATEADD(DAY, " + LookSchedule.DAYS.get(0) + ", n.note_date)) AS due,"
            + " (SELECT LISTAGG(ag.title, CHAR(31)) WITHIN GROUP (ORDER BY ag.title) FROM note_goal ang"
            + " JOIN goal ag ON ag.id = ang.goal_id WHERE ang.note_id = n.id AND ag.status = 'ACTIVE') AS goals"
            + " FROM goal g JOIN note_goal ng ON ng.goal_id = g.id JOIN note n ON n.id = ng.note_id"
            + " LEFT JOIN note_look l ON l.note_id = n.id"
            + " WHERE g.status = 'ACTIVE' AND (l.note_id IS NULL AND n.note_date <= ? OR l.next_due <= ?)"
            + " ORDER BY due, n.note_date, n.id LIMIT ?";

    private final Database database;

    /** The looks at the notes {@code notes} keeps. */
    public NoteLookRepository(NoteRepository notes) {
        this.database = notes.database;
    }

    /** Learnings linked to an active goal that are due for a look on {@code today}, longest due first; at most {@code limit}. */
    public List<Resurfaced> due(LocalDate today, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(DUE)) {
                select.setObject(1, today.minusDays(LookSchedule.DAYS.get(0)));
                select.setObject(2, today);
                select.setInt(3, limit);
                List<Resurfaced> due = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Resurfaced(NoteRepository.summary(rows), Columns.getList(rows, "goals"),
                                rows.getInt("looks")));
                    }
                }
                return due;
            }
        });
    }

    /** How many looks found note {@code id} still useful. */
    public int looks(UUID id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT looks FROM note_look WHERE note_id = ?")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
    }

    /** Records a look at note {@code id}: its count of looks, and the day it is due next (null: never again). */
    public void looked(UUID id, int looks, LocalDate nextDue, Instant at) {
        database.write(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO note_look (note_id, looks, next_due, looked_at) KEY (note_id) VALUES (?, ?, ?, ?)")) {
                merge.setObject(1, id);
                merge.setInt(2, looks);
                merge.setObject(3, nextDue);
                Columns.setInstant(merge, 4, at);
                return merge.executeUpdate();
            }
        });
    }
}
