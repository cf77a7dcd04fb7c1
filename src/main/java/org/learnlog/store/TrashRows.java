package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;
import org.learnlog.model.TrashedNote;

/** The SQL of the trash's table: a deleted note's row with its tags, goal links and the check-ins it was evidence for. */
final class TrashRows {
    private static final String COLUMNS = "id, title, body, note_date, kind, context, source, tags, goals, created_at, "
            + "updated_at, deleted_at, deletion";

    private TrashRows() {
    }

    /** Everything in the trash, the most recently deleted first. */
    static List<TrashedNote> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM trashed_note ORDER BY deleted_at DESC, title")) {
            List<TrashedNote> trashed = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    trashed.add(trashed(rows));
                }
            }
            return trashed;
        }
    }

    /** The ids of the notes deleted together in {@code deletion}. */
    static List<UUID> deletedIn(Connection connection, UUID deletion) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM trashed_note WHERE deletion = ?")) {
            select.setObject(1, deletion);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** Deletes for good what was deleted before {@code cutoff}; how many notes that was. */
    static int purgeBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trashed_note WHERE deleted_at < ?")) {
            Columns.setInstant(delete, 1, cutoff);
            return delete.executeUpdate();
        }
    }

    /** Puts the note, with the check-ins it was evidence for, into the trash, inside the caller's transaction. */
    static void put(Connection connection, Note note, List<UUID> evidenceFor, UUID deletion, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO trashed_note (" + COLUMNS
                + ", evidence_for) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, note.id());
            insert.setString(2, note.title());
            insert.setString(3, note.body());
            insert.setObject(4, note.date());
            insert.setString(5, note.kind().name());
            insert.setString(6, note.context());
            insert.setString(7, note.source());
            insert.setString(8, String.join(Columns.LIST_SEPARATOR, note.tags()));
            insert.setString(9, String.join(Columns.LIST_SEPARATOR, note.goals()));
            Columns.setInstant(insert, 10, note.created());
            Columns.setInstant(insert, 11, note.updated());
            Columns.setInstant(insert, 12, at);
            insert.setObject(13, deletion);
            insert.setString(14, String.join(Columns.LIST_SEPARATOR, evidenceFor.stream().map(UUID::toString).toList()));
            insert.executeUpdate();
        }
    }

    /** Takes the note out of the trash, inside the caller's transaction: the note and the check-ins it was evidence for. */
    static Optional<Taken> take(Connection connection, UUID id) throws SQLException {
        Optional<Taken> taken;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + ", evidence_for FROM trashed_note WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                taken = rows.next() ? Optional.of(new Taken(trashed(rows).note(),
                        Columns.getList(rows, "evidence_for").stream().map(UUID::fromString).toList())) : Optional.empty();
            }
        }
        if (taken.isPresent()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trashed_note WHERE id = ?")) {
                delete.setObject(1, id);
                delete.executeUpdate();
            }
        }
        return taken;
    }

    /** A note taken out of the trash, and the check-ins it was evidence for. */
    record Taken(Note note, List<UUID> evidenceFor) {
    }

    private static TrashedNote trashed(ResultSet rows) throws SQLException {
        Note note = new Note(rows.getObject("id", UUID.class), rows.getString("title"), rows.getString("body"),
                rows.getObject("note_date", LocalDate.class), NoteKind.valueOf(rows.getString("kind")),
                rows.getString("context"), Columns.getList(rows, "tags"), Columns.getList(rows, "goals"),
                Columns.getInstant(rows, "created_at"), Columns.getInstant(rows, "updated_at"), rows.getString("source"));
        return new TrashedNote(note, Columns.getInstant(rows, "deleted_at"), rows.getObject("deletion", UUID.class));
    }
}
