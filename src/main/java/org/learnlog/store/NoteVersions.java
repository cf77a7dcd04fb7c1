package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;
import org.learnlog.model.NoteVersion;

/**
 * The earlier versions of notes. A save that changes a note keeps what it replaces, inside the save's
 * own transaction, unless a version of that note was kept less than {@link #COALESCE} ago: ten minutes
 * of typing, saved every few seconds, leave one version (the text as it was when the editing began).
 */
public final class NoteVersions {
    public static final Duration COALESCE = Duration.ofMinutes(10);
    private static final String COLUMNS = "id, note_id, title, body, note_date, kind, context, tags, goals, edited_at, "
            + "replaced_at";

    private final Database database;

    public NoteVersions(Database database) {
        this.database = database;
    }

    /** The note's earlier versions, the most recently replaced first. */
    public List<NoteVersion> of(UUID noteId) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM note_version WHERE note_id = ? ORDER BY replaced_at DESC, id DESC")) {
                select.setObject(1, noteId);
                return versions(select);
            }
        });
    }

    public Optional<NoteVersion> find(long id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM note_version WHERE id = ?")) {
                select.setLong(1, id);
                return versions(select).stream().findFirst();
            }
        });
    }

    /** Forgets the versions replaced before {@code cutoff}, and those of notes that are neither kept nor in the trash. */
    public int purgeBefore(Instant cutoff) {
        return database.write(connection -> {
            try (PreparedStatement old = connection.prepareStatement("DELETE FROM note_version WHERE replaced_at < ?");
                 PreparedStatement orphans = connection.prepareStatement("DELETE FROM note_version v WHERE NOT EXISTS "
                         + "(SELECT 1 FROM note n WHERE n.id = v.note_id) AND NOT EXISTS "
                         + "(SELECT 1 FROM trashed_note t WHERE t.id = v.note_id)")) {
                Columns.setInstant(old, 1, cutoff);
                return old.executeUpdate() + orphans.executeUpdate();
            }
        });
    }

    /**
     * Keeps {@code previous} as a version replaced {@code at}, if {@code next} changes what it says and
     * no version was kept within {@link #COALESCE}; {@code always} keeps it even then (a restore must
     * never lose the text it replaces).
     */
    static void keep(Connection connection, Note previous, Note next, Instant at, boolean always) throws SQLException {
        if (sameContent(previous, next) || !always && keptSince(connection, previous.id(), at.minus(COALESCE))) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO note_version (note_id, title, body, "
                + "note_date, kind, context, tags, goals, edited_at, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, previous.id());
            insert.setString(2, previous.title());
            insert.setString(3, previous.body());
            insert.setObject(4, previous.date());
            insert.setString(5, previous.kind().name());
            insert.setString(6, previous.context());
            insert.setString(7, String.join(Columns.LIST_SEPARATOR, previous.tags()));
            insert.setString(8, String.join(Columns.LIST_SEPARATOR, previous.goals()));
            Columns.setInstant(insert, 9, previous.updated());
            Columns.setInstant(insert, 10, at);
            insert.executeUpdate();
        }
    }

    private static boolean sameContent(Note a, Note b) {
        return a.title().equals(b.title()) && a.body().equals(b.body()) && a.date().equals(b.date())
                && a.kind() == b.kind() && a.context().equals(b.context()) && a.tags().equals(b.tags())
                && a.goals().equals(b.goals());
    }

    private static boolean keptSince(Connection connection, UUID noteId, Instant since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM note_version WHERE note_id = ? AND replaced_at >= ? LIMIT 1")) {
            select.setObject(1, noteId);
            Columns.setInstant(select, 2, since);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static List<NoteVersion> versions(PreparedStatement select) throws SQLException {
        List<NoteVersion> versions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Instant edited = Columns.getInstant(rows, "edited_at");
                Note note = new Note(rows.getObject("note_id", UUID.class), rows.getString("title"), rows.getString("body"),
                        rows.getObject("note_date", LocalDate.class), NoteKind.valueOf(rows.getString("kind")),
                        rows.getString("context"), Columns.getList(rows, "tags"), Columns.getList(rows, "goals"),
                        edited, edited, "");
                versions.add(new NoteVersion(rows.getLong("id"), note, Columns.getInstant(rows, "replaced_at")));
            }
        }
        return versions;
    }
}
