package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.Tags;

/** Notes with their tags and goal links. Each public method is one transaction. */
public final class NoteRepository {
    private static final String GOALS = "(SELECT LISTAGG(g.slug, CHAR(31)) WITHIN GROUP (ORDER BY g.slug) "
            + "FROM note_goal ng JOIN goal g ON g.id = ng.goal_id WHERE ng.note_id = n.id) AS goals";
    /** All in the index note_list, so a list reads no row (V9). */
    static final String SUMMARY_COLUMNS = "n.id, n.title, n.note_date, n.kind, n.updated_at, n.tag_names AS tags";
    static final String NOTE_COLUMNS = SUMMARY_COLUMNS + ", n.short_body, n.body, n.context, n.source, n.created_at, "
            + GOALS;
    private static final String FILTER = " WHERE (CAST(? AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM note_tag nt "
            + "JOIN tag t ON t.id = nt.tag_id WHERE nt.note_id = n.id AND t.name_key = ?))"
            + " AND (CAST(? AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM note_goal ng "
            + "JOIN goal g ON g.id = ng.goal_id WHERE ng.note_id = n.id AND g.slug = ?))"
            + " AND (CAST(? AS DATE) IS NULL OR n.note_date = ?)"
            // Keyset paging: only notes after the cursor (the last one shown) in the list's order.
            + " AND (CAST(? AS DATE) IS NULL OR n.note_date < ? OR n.note_date = ? AND (n.updated_at < ?"
            + " OR n.updated_at = ? AND n.id > ?))"
            + " ORDER BY n.note_date DESC, n.updated_at DESC, n.id LIMIT ?";

    final Database database;
    private final NoteChanges changes;
    private final Clock clock;

    public NoteRepository(Database database) {
        this(database, NoteChanges.NONE);
    }

    public NoteRepository(Database database, NoteChanges changes) {
        this(database, changes, Clock.systemUTC());
    }

    /** {@code changes} hears of every committed save and delete; {@code clock} dates earlier versions and deletions. */
    public NoteRepository(Database database, NoteChanges changes, Clock clock) {
        this.database = database;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Inserts or replaces a note with its tags and goal links, keeping the text it replaces as an
     * earlier version (see {@link NoteVersions}), and returns it as stored. Goals must exist (the caller
     * checks); tags are created on first use.
     */
    public Note save(Note note) {
        return save(note, null, false);
    }

    /**
     * As {@link #save(Note)}, given the note as the journal holds it now ({@code previous}, empty for a
     * new note), which the caller has just read: the save reads nothing more.
     */
    public Note save(Note note, Optional<Note> previous) {
        return save(note, previous, false);
    }

    /** Saves the note and keeps the text it replaces as a version even within minutes of the last: a restore. */
    public Note saveKeepingVersion(Note note, Optional<Note> previous) {
        return save(note, previous, true);
    }

    /** {@code previous} null: not known, so it is read in the save's transaction. */
    private Note save(Note note, Optional<Note> previous, boolean keepVersion) {
        Note[] stored = new Note[1];
        long writes = database.write(connection -> {
            Optional<Note> replaced = previous != null ? previous : find(connection, note.id());
            try (NoteRows rows = new NoteRows(connection)) {
                if (replaced.isPresent()) {
                    NoteVersions.keep(connection, replaced.get(), note, clock.instant(), keepVersion);
                }
                stored[0] = rows.write(note);
            }
            return JournalState.countWrites(connection, 1);
        });
        changes.saved(stored[0], writes);
        return stored[0];
    }

    /**
     * Saves all the notes in one transaction: all are kept, or none (the exception says which SQL
     * failed). Each counts as one write, in order, so the index hears of them one by one.
     */
    public void saveAll(List<Note> batch) {
        if (batch.isEmpty()) {
            return;
        }
        long last = database.write(connection -> {
            // One lookup for the batch: an import's notes are mostly new, and have no version to keep.
            Map<UUID, Note> previous = findAll(connection, batch.stream().map(Note::id).toList());
            try (NoteRows rows = new NoteRows(connection)) {
                for (Note note : batch) {
                    Note replaced = previous.get(note.id());
                    if (replaced == null) {
                        rows.insert(note);
                    } else {
                        NoteVersions.keep(connection, replaced, note, clock.instant(), false);
                        rows.write(note);
                    }
                    // A batch may hold one note twice; its second save replaces the first.
                    previous.put(note.id(), note);
                }
            }
            return JournalState.countWrites(connection, batch.size());
        });
        changes.savedAll(batch, last - batch.size() + 1);
    }

    /** The notes with these ids that the journal holds, by id. */
    public Map<UUID, Note> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return database.read(connection -> findAll(connection, ids));
    }

    private static Map<UUID, Note> findAll(Connection connection, Collection<UUID> ids) throws SQLException {
        Map<UUID, Note> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + NOTE_COLUMNS + " FROM note n WHERE n.id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("UUID", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Note note = note(rows);
                    found.put(note.id(), note);
                }
            }
        }
        return found;
    }

    public Optional<Note> find(UUID id) {
        return database.read(connection -> find(connection, id));
    }

    static Optional<Note> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + NOTE_COLUMNS + " FROM note n WHERE n.id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(note(rows)) : Optional.empty();
            }
        }
    }

    /** Ids that start with {@code prefix} (a short id as `list` prints it); at most {@code limit}. */
    public List<UUID> idsStartingWith(String prefix, int limit) {
        IdRange range = IdRange.of(prefix);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM note WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?")) {
                select.setObject(1, range.low());
                select.setObject(2, range.high());
                select.setInt(3, limit);
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

    /** Summaries of the matching notes, newest day first. */
    public List<NoteSummary> list(NoteFilter filter, int limit) {
        return list(filter, null, limit);
    }

    /** The next page: the matching notes that come after {@code after} (null: from the top) in the list's order. */
    public List<NoteSummary> list(NoteFilter filter, NoteSummary after, int limit) {
        return query("SELECT " + SUMMARY_COLUMNS + " FROM note n" + FILTER, filter, after, limit, NoteRepository::summary);
    }

    /** Whole notes (bodies included) of the matching notes, newest day first. */
    public List<Note> load(NoteFilter filter, int limit) {
        return query("SELECT " + NOTE_COLUMNS + " FROM note n" + FILTER, filter, null, limit, NoteRepository::note);
    }

    private <T> List<T> query(String sql, NoteFilter filter, NoteSummary after, int limit, RowMapper<T> mapper) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                String tagKey = filter.tag() == null ? null : Tags.key(filter.tag());
                select.setString(1, tagKey);
                select.setString(2, tagKey);
                select.setString(3, filter.goal());
                select.setString(4, filter.goal());
                select.setObject(5, filter.day());
                select.setObject(6, filter.day());
                LocalDate day = after == null ? null : after.date();
                OffsetDateTime updated = after == null ? null : OffsetDateTime.ofInstant(after.updated(), ZoneOffset.UTC);
                select.setObject(7, day);
                select.setObject(8, day);
                select.setObject(9, day);
                select.setObject(10, updated);
                select.setObject(11, updated);
                select.setObject(12, after == null ? null : after.id());
                select.setInt(13, limit);
                List<T> result = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(mapper.map(rows));
                    }
                }
                return result;
            }
        });
    }

    static NoteSummary summary(ResultSet rows) throws SQLException {
        return new NoteSummary(rows.getObject("id", UUID.class), rows.getString("title"),
                rows.getObject("note_date", LocalDate.class), NoteKind.valueOf(rows.getString("kind")),
                Columns.getList(rows, "tags"), Columns.getInstant(rows, "updated_at"));
    }

    static Note note(ResultSet rows) throws SQLException {
        NoteSummary summary = summary(rows);
        return new Note(summary.id(), summary.title(), NoteRows.body(rows), summary.date(), summary.kind(),
                rows.getString("context"), summary.tags(), Columns.getList(rows, "goals"),
                Columns.getInstant(rows, "created_at"), summary.updated(), rows.getString("source"));
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
