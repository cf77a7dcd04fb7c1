package org.learnlog.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import org.learnlog.model.JournalKey;
import org.learnlog.service.Activity;
import org.learnlog.service.AidTemplates;
import org.learnlog.service.Aids;
import org.learnlog.service.Backups;
import org.learnlog.service.Drafts;
import org.learnlog.service.GoalHistoryImport;
import org.learnlog.service.GoalReviewExport;
import org.learnlog.service.GoalTracking;
import org.learnlog.service.Goals;
import org.learnlog.service.JournalExport;
import org.learnlog.service.JournalImport;
import org.learnlog.service.JournalServices;
import org.learnlog.service.NoteHistory;
import org.learnlog.service.NoteImport;
import org.learnlog.service.NoteTemplates;
import org.learnlog.service.Notes;
import org.learnlog.service.Reviews;
import org.learnlog.service.Search;
import org.learnlog.service.Settings;
import org.learnlog.service.Libraries;
import org.learnlog.service.LibrarySharing;
import org.learnlog.service.Trash;
import org.learnlog.store.AidRepository;
import org.learnlog.store.LibraryRepository;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.DataDirectory;
import org.learnlog.store.Database;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.JournalState;
import org.learnlog.store.NoteChanges;
import org.learnlog.store.NoteCounts;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.NoteScans;
import org.learnlog.store.NoteTrash;
import org.learnlog.store.NoteVersions;
import org.learnlog.store.ReviewRepository;
import org.learnlog.store.StoreException;
import org.learnlog.store.TagRepository;
import org.learnlog.store.index.NoteIndex;

/** The composition root's data half: database → repositories → services, by hand. */
public final class JournalAssembly {
    /** The window's look and the author's name, beside the journal. */
    static final String SETTINGS = "settings.properties";
    /** Unsaved text, kept until it is saved or let go. */
    static final String DRAFTS = "drafts";

    private JournalAssembly() {
    }

    /** Opens the journal in {@code dataDir}; throws a StoreException that names the file if it can't. */
    public static JournalServices open(Path dataDir, Clock clock) {
        return open(dataDir, clock, JournalKey.NONE);
    }

    /** As {@link #open(Path, Clock)}, with the passphrase of an encrypted journal. */
    public static JournalServices open(Path dataDir, Clock clock, JournalKey key) {
        return open(dataDir, clock, key, true);
    }

    /**
     * For a command, {@code holder} ("learnlog add"): its close leaves compacting the file to the app's,
     * which nobody waits on.
     */
    public static JournalServices openForCommand(Path dataDir, Clock clock, JournalKey key, String holder) {
        return open(dataDir, clock, key, false, holder);
    }

    private static JournalServices open(Path dataDir, Clock clock, JournalKey key, boolean compactOnClose) {
        return open(dataDir, clock, key, compactOnClose, "the Learnlog app");
    }

    private static JournalServices open(Path dataDir, Clock clock, JournalKey key, boolean compactOnClose,
                                        String holder) {
        Database database = Database.openFile(dataDir, key, compactOnClose, holder);
        try {
            return over(database, clock, dataDir, key);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Drafts in the clear beside a plain notes, sealed with the passphrase beside an encrypted one. */
    private static Drafts drafts(Database database, Path dataDir, Notes notes, Clock clock, JournalKey key) {
        if (dataDir == null) {
            return new Drafts(null, notes, clock);
        }
        Path folder = dataDir.resolve(DRAFTS);
        return database.encrypted() ? Drafts.encrypted(folder, notes, clock, key) : new Drafts(folder, notes, clock);
    }

    /** The index is a cache: one that can't be kept on disk (a read-only folder, say) is kept in memory instead. */
    private static NoteIndex openIndex(Path folder) {
        try {
            return NoteIndex.open(folder);
        } catch (StoreException e) {
            // One line for the user (a CLI prints it); the trace is for whoever debugs it.
            log().log(Level.WARNING, "The search index is kept in memory this time: " + e.getMessage());
            log().log(Level.DEBUG, "Why the search index could not be opened", e);
            return NoteIndex.inMemory();
        }
    }

    /**
     * The services over {@code database}; {@code dataDir} holds the user's templates and settings, and
     * may be null (an in-memory journal has neither).
     */
    public static JournalServices over(Database database, Clock clock, Path dataDir) {
        return over(database, clock, dataDir, JournalKey.NONE);
    }

    /** As {@link #over(Database, Clock, Path)}, with the key that opened an encrypted {@code database}. */
    private static JournalServices over(Database database, Clock clock, Path dataDir, JournalKey key) {
        Settings settings = new Settings(dataDir == null ? null : dataDir.resolve(SETTINGS),
                System.getProperty("user.name", ""));
        GoalRepository goalRepository = new GoalRepository(database);
        JournalState state = new JournalState(database);
        // An index on disk would hold an encrypted journal's text in the clear: it is rebuilt in memory instead.
        IndexOnFirstUse index = new IndexOnFirstUse(() -> {
            NoteIndex opened = dataDir != null && !database.encrypted() ? openIndex(DataDirectory.indexFolder(dataDir))
                    : NoteIndex.inMemory();
            Search.adoptIfBothEmpty(opened, state);
            return opened;
        });
        if (state.noteWrites() == 0) {
            // A journal no note was ever written to adopts its new, empty index before its first write.
            index.get();
        }
        NoteChanges changes = database.marker().<NoteChanges>map(marker -> NoteChanges.both(index, marker)).orElse(index);
        NoteRepository noteRows = new NoteRepository(database, changes, clock);
        Search search = new Search(index, new NoteScans(database), state);
        Notes notes = new Notes(noteRows, new TagRepository(database), goalRepository, clock,
                new NoteTemplates(dataDir == null ? null : dataDir.resolve("templates").resolve("notes")));
        Goals goals = new Goals(goalRepository, noteRows, clock);
        AidRepository aids = new AidRepository(database);
        CheckInRepository checkIns = new CheckInRepository(database);
        GoalTracking tracking = new GoalTracking(goals, checkIns, noteRows, clock);
        ReviewRepository reviewRepository = new ReviewRepository(database);
        Reviews reviews = new Reviews(goals, tracking, notes, reviewRepository, checkIns, clock);
        Path templates = dataDir == null ? null : dataDir.resolve("templates");
        Path backups = dataDir == null ? null : dataDir.resolve("backups");
        Libraries libraries = new Libraries(new LibraryRepository(database), dataDir, settings::author, settings::email, clock);
        return JournalServices.builder()
                .notes(notes)
                .search(search)
                .goals(goals)
                .tracking(tracking)
                .reviews(reviews)
                .reviewExport(new GoalReviewExport(reviews, notes, clock))
                .activity(new Activity(new NoteCounts(database), clock))
                .journalExport(new JournalExport(notes, goals, aids, checkIns, reviewRepository))
                .journalImport(new JournalImport(goalRepository, new NoteImport(noteRows, goalRepository), aids,
                        new GoalHistoryImport(goalRepository, noteRows, checkIns, reviewRepository), clock.getZone()))
                .aids(new Aids(aids, notes, goals, new AidTemplates(templates), clock, settings::author))
                .settings(settings)
                .drafts(drafts(database, dataDir, notes, clock, key))
                .backups(new Backups(database, backups, new NoteScans(database)::count, clock))
                .trash(new Trash(new NoteTrash(database, changes, clock), clock))
                .history(new NoteHistory(new NoteVersions(database), notes, goalRepository, clock))
                .libraries(libraries)
                .sharing(new LibrarySharing(libraries, noteRows, aids, goals))
                .onClose(() -> {
                    index.close();
                    database.close();
                })
                .build();
    }

    /** Looked up on first use: starting the logging system weighs on every short command. */
    private static System.Logger log() {
        return System.getLogger(JournalAssembly.class.getName());
    }
}
