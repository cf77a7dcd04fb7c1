package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.TrashedNote;

/**
 * The trash: deleting a note moves it here whole (text, tags, goal links, the check-ins it was evidence
 * for), and restoring puts it back as it was. Each public method is one transaction; moves count as
 * note writes and are told to {@link NoteChanges}, so the search index follows.
 */
public final class NoteTrash {
    private final Database database;
    private final NoteChanges changes;
    private final Clock clock;

    public NoteTrash(Database database, NoteChanges changes, Clock clock) {
        this.database = database;
        this.changes = changes;
        this.clock = clock;
    }

    /** Everything in the trash, the most recently deleted first. */
    public List<TrashedNote> list() {
        return database.read(TrashRows::all);
    }

    /** The ids of the notes deleted together in {@code deletion}. */
    public List<UUID> deletedIn(UUID deletion) {
        return database.read(connection -> TrashRows.deletedIn(connection, deletion));
    }

    /** Deletes for good what was deleted before {@code cutoff}; how many notes that was. */
    public int purgeBefore(Instant cutoff) {
        return database.write(connection -> TrashRows.purgeBefore(connection, cutoff));
    }

    /**
     * Moves the notes to the trash in one transaction, as one {@code deletion}, and returns the ids of
     * those the journal had. Each counts as a write, in order.
     */
    public List<UUID> delete(List<UUID> ids, UUID deletion) {
        List<UUID> deleted = new ArrayList<>();
        long last = database.write(connection -> {
            deleted.clear();
            Instant now = clock.instant();
            try (PreparedStatement evidence = connection.prepareStatement(
                    "SELECT check_in_id FROM check_in_evidence WHERE note_id = ?");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM note WHERE id = ?")) {
                for (UUID id : ids) {
                    Optional<Note> note = NoteRepository.find(connection, id);
                    if (note.isEmpty()) {
                        continue;
                    }
                    TrashRows.put(connection, note.get(), checkIns(evidence, id), deletion, now);
                    delete.setObject(1, id);
                    delete.executeUpdate();
                    deleted.add(id);
                }
            }
            return deleted.isEmpty() ? 0L : JournalState.countWrites(connection, deleted.size());
        });
        for (int i = 0; i < deleted.size(); i++) {
            changes.deleted(deleted.get(i), last - deleted.size() + 1 + i);
        }
        return List.copyOf(deleted);
    }

    private static List<UUID> checkIns(PreparedStatement evidence, UUID noteId) throws SQLException {
        evidence.setObject(1, noteId);
        List<UUID> checkIns = new ArrayList<>();
        try (ResultSet rows = evidence.executeQuery()) {
            while (rows.next()) {
                checkIns.add(rows.getObject(1, UUID.class));
            }
        }
        return checkIns;
    }

    /**
     * Puts the notes with these ids back from the trash, as they were: their links to goals and
     * check-ins that still exist come back too. One whose id is in use again stays in the trash.
     */
    public List<Note> restore(List<UUID> ids) {
        List<Note> restored = new ArrayList<>();
        long last = database.write(connection -> {
            restored.clear();
            try (NoteRows rows = new NoteRows(connection);
                 PreparedStatement relink = connection.prepareStatement(
                         "INSERT INTO check_in_evidence (check_in_id, note_id) SELECT id, ? FROM check_in WHERE id = ?")) {
                for (UUID id : ids) {
                    if (NoteRepository.find(connection, id).isPresent()) {
                        continue;
                    }
                    Optional<TrashRows.Taken> taken = TrashRows.take(connection, id);
                    if (taken.isPresent()) {
                        Note note = withGoalsThatExist(connection, taken.get().note());
                        rows.write(note);
                        for (UUID checkIn : taken.get().evidenceFor()) {
                            relink.setObject(1, id);
                            relink.setObject(2, checkIn);
                            relink.executeUpdate();
                        }
                        restored.add(note);
                    }
                }
            }
            return restored.isEmpty() ? 0L : JournalState.countWrites(connection, restored.size());
        });
        if (!restored.isEmpty()) {
            changes.savedAll(restored, last - restored.size() + 1);
        }
        return List.copyOf(restored);
    }

    private static Note withGoalsThatExist(Connection connection, Note note) throws SQLException {
        List<String> goals = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM goal WHERE slug = ?")) {
            for (String slug : note.goals()) {
                select.setString(1, slug);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        goals.add(slug);
                    }
                }
            }
        }
        return goals.size() == note.goals().size() ? note : new Note(note.id(), note.title(), note.body(), note.date(),
                note.kind(), note.context(), note.tags(), goals, note.created(), note.updated(), note.source());
    }
}
