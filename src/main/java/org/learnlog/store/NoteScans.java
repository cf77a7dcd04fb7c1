package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteSummary;

/**
 * Reads over the whole journal for the search index: how many notes there are, all of them a page
 * at a time to rebuild it, and a plain scan of titles and bodies to answer while it is rebuilt.
 */
public final class NoteScans {
    private final Database database;

    public NoteScans(Database database) {
        this.database = database;
    }

    public int count() {
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM note");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Up to {@code limit} whole notes with ids after {@code after} (null: from the start), in id order: a page to rebuild from. */
    public List<Note> page(UUID after, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + NoteRepository.NOTE_COLUMNS + " FROM note n "
                    + "WHERE CAST(? AS UUID) IS NULL OR n.id > ? ORDER BY n.id LIMIT ?")) {
                select.setObject(1, after);
                select.setObject(2, after);
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
     * Summaries of notes whose title or body holds every one of {@code texts}, ignoring case, newest
     * first: the slow search used while the index is rebuilt.
     */
    public List<NoteSummary> scan(List<String> texts, int limit) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        texts.forEach(text -> where.append(" AND (LOWER(n.title) LIKE ? ESCAPE '\\'"
                + " OR LOWER(COALESCE(n.short_body, n.body)) LIKE ? ESCAPE '\\')"));
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + NoteRepository.SUMMARY_COLUMNS + " FROM note n"
                    + where + " ORDER BY n.note_date DESC, n.updated_at DESC, n.id LIMIT ?")) {
                int index = 1;
                for (String text : texts) {
                    String pattern = "%" + text.toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "\\\\$0") + "%";
                    select.setString(index++, pattern);
                    select.setString(index++, pattern);
                }
                select.setInt(index, limit);
                List<NoteSummary> notes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        notes.add(NoteRepository.summary(rows));
                    }
                }
                return notes;
            }
        });
    }
}
