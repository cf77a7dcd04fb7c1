package org.learnlog.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.Deletion;
import org.learnlog.model.Note;
import org.learnlog.model.TrashedNote;
import org.learnlog.store.NoteTrash;

/** Deleting notes: they go to the trash for {@link #KEPT}, from where they can be restored, or a deletion undone. */
public final class Trash {
    public static final Duration KEPT = Duration.ofDays(30);
    /** Later than any deletion: emptying the trash purges everything deleted before it. */
    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

    private final NoteTrash trash;
    private final Clock clock;

    public Trash(NoteTrash trash, Clock clock) {
        this.trash = trash;
        this.clock = clock;
    }

    /** Moves the notes to the trash, as one deletion that {@link #undo} can bring back. */
    public Deletion delete(List<UUID> ids) {
        UUID deletion = UUID.randomUUID();
        return new Deletion(deletion, trash.delete(ids, deletion));
    }

    /** What the trash holds, the most recently deleted first. */
    public List<TrashedNote> list() {
        return trash.list();
    }

    /** Puts the notes back as they were; a note whose id is in use again (imported since) stays in the trash. */
    public Restored restore(List<UUID> ids) {
        List<Note> restored = trash.restore(ids);
        return new Restored(restored, ids.size() - restored.size());
    }

    public Restored undo(Deletion deletion) {
        return restore(trash.deletedIn(deletion.id()));
    }

    /** Deletes for good what has been in the trash for longer than {@link #KEPT}; how many notes went. */
    public int emptyExpired() {
        return trash.purgeBefore(clock.instant().minus(KEPT));
    }

    /** Deletes everything in the trash for good. */
    public int empty() {
        return trash.purgeBefore(END_OF_TIME);
    }

    /** What a restore brought back, and how many notes it had to leave in the trash. */
    public record Restored(List<Note> notes, int left) {
    }
}
