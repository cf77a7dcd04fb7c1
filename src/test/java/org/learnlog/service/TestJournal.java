package org.learnlog.service;

import java.time.Instant;
import java.time.LocalDate;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import java.nio.file.Path;
import org.learnlog.store.AidRepository;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.Database;
import org.learnlog.store.LibraryRepository;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.JournalState;
import org.learnlog.store.NoteCounts;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.NoteScans;
import org.learnlog.store.NoteTrash;
import org.learnlog.store.NoteVersions;
import org.learnlog.store.ReviewRepository;
import org.learnlog.store.TagRepository;
import org.learnlog.store.index.NoteIndex;

/** An in-memory journal with a fixed clock, wired the way the app wires the real one. */
public final class TestJournal implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-11-29T09:40:00Z");

    public final Database database = Database.inMemory();
    public final NoteIndex index = NoteIndex.inMemory();
    public final SteppingClock clock = new SteppingClock(NOW);
    public final Notes notes;
    public final Goals goals;

    public TestJournal() {
        GoalRepository goalRepository = new GoalRepository(database);
        notes = new Notes(noteRows(), new TagRepository(database), goalRepository, clock);
        goals = new Goals(goalRepository, noteRows(), clock);
    }

    private NoteRepository noteRows() {
        return new NoteRepository(database, index, clock);
    }

    public Trash trash() {
        return new Trash(new NoteTrash(database, index, clock), clock);
    }

    public NoteHistory history() {
        return new NoteHistory(new NoteVersions(database), notes, new GoalRepository(database), clock);
    }

    public JournalExport journalExport() {
        return new JournalExport(notes, goals, new AidRepository(database), new CheckInRepository(database),
                new ReviewRepository(database));
    }

    public JournalImport journalImport() {
        GoalRepository goalRepository = new GoalRepository(database);
        NoteRepository notes = noteRows();
        return new JournalImport(goalRepository, new NoteImport(notes, goalRepository), new AidRepository(database),
                new GoalHistoryImport(goalRepository, notes, new CheckInRepository(database), new ReviewRepository(database)),
                clock.getZone());
    }

    /** Team libraries over this journal, as an in-memory journal has them: plain folders only. */
    public Libraries libraries() {
        return new Libraries(new LibraryRepository(database), null, () -> "Test User", () -> "", clock);
    }

    public LibrarySharing sharing() {
        return new LibrarySharing(libraries(), noteRows(), new AidRepository(database), goals);
    }

    public GoalTracking tracking() {
        return new GoalTracking(goals, new CheckInRepository(database), noteRows(), clock);
    }

    public Search search() {
        return new Search(index, new NoteScans(database), new JournalState(database));
    }

    public Reviews reviews() {
        return new Reviews(goals, tracking(), notes, new ReviewRepository(database), new CheckInRepository(database),
                clock);
    }

    public GoalReviewExport reviewExport() {
        return new GoalReviewExport(reviews(), notes, clock);
    }

    public Activity activity() {
        return new Activity(new NoteCounts(database), clock);
    }

    public Aids aids(Path userTemplates) {
        return new Aids(new AidRepository(database), notes, goals, new AidTemplates(userTemplates), clock, () -> "Dana");
    }

    /** "Review speed": median PR review turnaround from 20 h down to 10 h by the end of the year. */
    public Goal reviewSpeed() {
        return goals.create(new GoalDraft("Review speed", "Unblock teammates sooner", "median PR review turnaround",
                "h", Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2026, 12, 31), null));
    }

    @Override
    public void close() {
        index.close();
        database.close();
    }
}
