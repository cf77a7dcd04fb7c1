package org.learnlog.app;

import java.nio.file.Path;
import java.time.Clock;
import org.learnlog.service.Goals;
import org.learnlog.service.Journal;
import org.learnlog.service.JournalServices;
import org.learnlog.service.NoteExport;
import org.learnlog.service.PreviewPages;
import org.learnlog.store.Database;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.TagRepository;

/** The composition root's data half: database → repositories → services, by hand. */
public final class JournalAssembly {

    private JournalAssembly() {
    }

    /** Opens the journal in {@code dataDir}; throws a StoreException that names the file if it can't. */
    public static JournalServices open(Path dataDir, Clock clock) {
        return over(Database.openFile(dataDir), clock);
    }

    public static JournalServices over(Database database, Clock clock) {
        GoalRepository goals = new GoalRepository(database);
        Journal journal = new Journal(new NoteRepository(database), new TagRepository(database), goals, clock);
        return new JournalServices(journal, new Goals(goals, clock), new NoteExport(), new PreviewPages(),
                database::close);
    }
}
