package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learnlog.model.Note;
import org.learnlog.model.NoteLink;
import org.learnlog.model.Tags;

/**
 * Writes notes with their tag and goal links, and the notes they link to, inside the caller's transaction. Its statements are
 * prepared once for all the notes of a batch, and each tag's id is looked up (or the tag made) once.
 */
final class NoteRows implements AutoCloseable {
    /** The longest body kept in the note's row (short_body); longer is a large object (docs/decisions/0003). */
    static final int SHORT_BODY = 8192;
    private static final String COLUMNS = "id, title, short_body, body, note_date, kind, context, created_at, updated_at, "
            + "source, tag_names";

    private final PreparedStatement merge;
    private final PreparedStatement insert;
    private final PreparedStatement clearTags;
    private final PreparedStatement findTag;
    private final PreparedStatement createTag;
    private final PreparedStatement linkTag;
    private final PreparedStatement clearGoals;
    private final PreparedStatement linkGoal;
    private final PreparedStatement clearLinks;
    private final PreparedStatement linkNote;
    /** Each tag met so far, by key: its id and the spelling it is kept with. */
    private final Map<String, StoredTag> tagsByKey = new HashMap<>();

    NoteRows(Connection connection) throws SQLException {
        merge = connection.prepareStatement(
                "MERGE INTO note (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert = connection.prepareStatement(
                "INSERT INTO note (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        clearTags = connection.prepareStatement("DELETE FROM note_tag WHERE note_id = ?");
        findTag = connection.prepareStatement("SELECT id, name FROM tag WHERE name_key = ?");
        createTag = connection.prepareStatement("INSERT INTO tag(name, name_key) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        linkTag = connection.prepareStatement("INSERT INTO note_tag(note_id, tag_id) VALUES (?, ?)");
        clearGoals = connection.prepareStatement("DELETE FROM note_goal WHERE note_id = ?");
        linkGoal = connection.prepareStatement("INSERT INTO note_goal(note_id, goal_id) SELECT ?, id FROM goal WHERE slug = ?");
        clearLinks = connection.prepareStatement("DELETE FROM note_link WHERE from_id = ?");
        linkNote = connection.prepareStatement("INSERT INTO note_link(from_id, to_id) VALUES (?, ?)");
    }

    /**
     * Inserts or replaces the note and its links, and returns it as stored: a tag the journal has is kept
     * with the spelling it was first given. Its goals must exist; its tags are made on first use.
     */
    Note write(Note note) throws SQLException {
        List<StoredTag> tags = tags(note);
        fill(merge, note, tags).executeUpdate();
        clearTags.setObject(1, note.id());
        clearTags.executeUpdate();
        clearGoals.setObject(1, note.id());
        clearGoals.executeUpdate();
        clearLinks.setObject(1, note.id());
        clearLinks.executeUpdate();
        return link(note, tags);
    }

    /**
     * Inserts a note the journal doesn't have, with its links: an import's new notes skip the
     * replacing and clearing that {@link #write} does, a third of the statements per note.
     */
    void insert(Note note) throws SQLException {
        List<StoredTag> tags = tags(note);
        fill(insert, note, tags).executeUpdate();
        link(note, tags);
    }

    private static PreparedStatement fill(PreparedStatement statement, Note note, List<StoredTag> tags)
            throws SQLException {
        statement.setObject(1, note.id());
        statement.setString(2, note.title());
        boolean inRow = note.body().length() <= SHORT_BODY;
        statement.setString(3, inRow ? note.body() : null);
        statement.setString(4, inRow ? null : note.body());
        statement.setObject(5, note.date());
        statement.setString(6, note.kind().name());
        statement.setString(7, note.context());
        Columns.setInstant(statement, 8, note.created());
        Columns.setInstant(statement, 9, note.updated());
        statement.setString(10, note.source());
        statement.setString(11, tags.stream().sorted(Comparator.comparing(StoredTag::key)).map(StoredTag::name)
                .collect(Collectors.joining(Columns.LIST_SEPARATOR)));
        return statement;
    }

    /** The body of the note in the current row, from wherever it was written. */
    static String body(ResultSet rows) throws SQLException {
        String inRow = rows.getString("short_body");
        return inRow != null ? inRow : rows.getString("body");
    }

    /** The note's tags as the journal keeps them, made on first use. */
    private List<StoredTag> tags(Note note) throws SQLException {
        List<StoredTag> tags = new ArrayList<>(note.tags().size());
        for (String tag : note.tags()) {
            tags.add(tag(tag));
        }
        return tags;
    }

    private Note link(Note note, List<StoredTag> tags) throws SQLException {
        List<String> stored = new ArrayList<>(tags.size());
        for (StoredTag known : tags) {
            linkTag.setObject(1, note.id());
            linkTag.setLong(2, known.id());
            linkTag.executeUpdate();
            stored.add(known.name());
        }
        for (String slug : note.goals()) {
            linkGoal.setObject(1, note.id());
            linkGoal.setString(2, slug);
            if (linkGoal.executeUpdate() != 1) {
                throw new SQLException("There is no goal \"" + slug + "\"");
            }
        }
        for (UUID target : NoteLink.targets(note.body())) {
            linkNote.setObject(1, note.id());
            linkNote.setObject(2, target);
            linkNote.executeUpdate();
        }
        return stored.equals(note.tags()) ? note : note.withTags(stored);
    }

    /** A tag's row: its id, the spelling it is kept with, and the key the lists sort tags by. */
    private record StoredTag(long id, String name, String key) {
    }

    private StoredTag tag(String tag) throws SQLException {
        String key = Tags.key(tag);
        StoredTag known = tagsByKey.get(key);
        if (known == null) {
            known = existingTag(key);
        }
        if (known == null) {
            createTag.setString(1, tag);
            createTag.setString(2, key);
            createTag.executeUpdate();
            try (ResultSet keys = createTag.getGeneratedKeys()) {
                keys.next();
                known = new StoredTag(keys.getLong(1), tag, key);
            }
        }
        tagsByKey.put(key, known);
        return known;
    }

    private StoredTag existingTag(String key) throws SQLException {
        findTag.setString(1, key);
        try (ResultSet rows = findTag.executeQuery()) {
            return rows.next() ? new StoredTag(rows.getLong(1), rows.getString(2), key) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {merge, insert, clearTags, findTag, createTag, linkTag,
            clearGoals, linkGoal, clearLinks, linkNote}) {
            statement.close();
        }
    }
}
