package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteSummary;

/**
 * The links between notes, as {@link NoteRows} keeps them on each save, and the lookups that make
 * them: the notes that link to one, and notes by title for a link being typed.
 */
public final class NoteLinkRepository {
    private final Database database;

    /** The links between the notes {@code notes} keeps. */
    public NoteLinkRepository(NoteRepository notes) {
        this.database = notes.database;
    }

    /** The notes (other than itself) that link to note {@code id}, most recently changed first; at most {@code limit}. */
    public List<Note> linkingTo(UUID id, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + NoteRepository.NOTE_COLUMNS
                    + " FROM note_link l JOIN note n ON n.id = l.from_id WHERE l.to_id = ? AND l.from_id <> ?"
                    + " ORDER BY n.updated_at DESC, n.id LIMIT ?")) {
                select.setObject(1, id);
                select.setObject(2, id);
                select.setInt(3, limit);
                List<Note> notes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        notes.add(NoteRepository.note(rows));
                    }
                }
                return notes;
            }
        });
    }

    /**
     * Notes whose title holds {@code text}, ignoring case: those it starts with first, then the most
     * recently changed. An empty text gives the most recently changed notes.
     */
    public List<NoteSummary> titled(String text, int limit) {
        String key = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return summaries("SELECT " + NoteRepository.SUMMARY_COLUMNS + " FROM note n WHERE LOWER(n.title) LIKE ? ESCAPE '\\'"
                + " ORDER BY CASE WHEN LOWER(n.title) LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, n.updated_at DESC, n.id LIMIT ?",
                select -> {
                    select.setString(1, "%" + key + "%");
                    select.setString(2, key + "%");
                    select.setInt(3, limit);
                });
    }

    /** The most recently changed note with exactly this title, ignoring case. */
    public Optional<NoteSummary> withTitle(String title) {
        return summaries("SELECT " + NoteRepository.SUMMARY_COLUMNS + " FROM note n WHERE LOWER(n.title) = ?"
                + " ORDER BY n.updated_at DESC, n.id LIMIT 1",
                select -> select.setString(1, title.toLowerCase(Locale.ROOT))).stream().findFirst();
    }

    private List<NoteSummary> summaries(String sql, Parameters parameters) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                parameters.set(select);
                return read(select);
            }
        });
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement select) throws SQLException;
    }

    private static List<NoteSummary> read(PreparedStatement select) throws SQLException {
        List<NoteSummary> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(NoteRepository.summary(rows));
            }
        }
        return found;
    }
}
