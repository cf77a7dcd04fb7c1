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
import org.learnlog.store.GoalRepository;
import org.learnlog.store.JournalState;
import org.learnlog.store.NoteCounts;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.NoteScans;
import org.learnlog.store.ReviewRepository;
import org.learnlog.store.TagRepository;
import org.learnlog.store.index.NoteIndex;

/** An in-memory journal with a fixed clock, wired the way the app wires the real one. */
public final class TestJournal implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-11-29T09:40:00Z");

    public final Database database = Database.inMemory();
    public final NoteIndex index = NoteIndex.inMemory();
    public final SteppingClock clock = new SteppingClock(NOW);
    public final Journal journal;
    public final Goals goals;

    public TestJournal() {
        GoalRepository goalRepository = new GoalRepository(database);
        journal = new Journal(new NoteRepository(database, index), new TagRepository(database), goalRepository, clock);
        goals = new Goals(goalRepository, new NoteRepository(database, index), clock);
    }

    public JournalExport journalExport() {
        return new JournalExport(journal, goals, new AidRepository(database), new CheckInRepository(database),
                new ReviewRepository(database));
    }

    public JournalImport journalImport() {
        GoalRepository goalRepository = new GoalRepository(database);
        NoteRepository notes = new NoteRepository(database, index);
        return new JournalImport(goalRepository, new NoteImport(notes, goalRepository), new AidRepository(database),
                new GoalHistoryImport(goalRepository, notes, new CheckInRepository(database), new ReviewRepository(database)),
                clock.getZone());
    }

    public GoalTracking tracking() {
        return new GoalTracking(goals, new CheckInRepository(database), new NoteRepository(database, index), clock);
    }

    public Search search() {
        return new Search(index, new NoteScans(database), new JournalState(database));
    }

    public Reviews reviews() {
        return new Reviews(goals, tracking(), journal, new ReviewRepository(database), new CheckInRepository(database),
                clock);
    }

    public GoalReviewExport reviewExport() {
        return new GoalReviewExport(reviews(), journal, clock);
    }

    public Activity activity() {
        return new Activity(new NoteCounts(database), clock);
    }

    public Aids aids(Path userTemplates) {
        return new Aids(new AidRepository(database), journal, goals, new AidTemplates(userTemplates), clock, () -> "Dana");
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
