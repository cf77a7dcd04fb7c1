package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;
import picocli.CommandLine.Command;

@Command(name = "reindex", description = "Rebuild the search index from the notes (it is a cache; the notes are never touched).")
final class ReindexCommand extends JournalCommand {

    @Override
    void run(JournalServices services, PrintWriter out) {
        long start = System.nanoTime();
        services.search().rebuild(Progress.NONE);
        // Closing would stop the background merge that follows a rebuild, and leave the index slower.
        services.search().mergeIndex();
        out.printf(Locale.ROOT, "Rebuilt the search index in %.1f s.%n", (System.nanoTime() - start) / 1e9);
    }
}
