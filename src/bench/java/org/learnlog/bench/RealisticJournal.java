package org.learnlog.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.learnlog.app.JournalAssembly;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;

/**
 * Writes a journal of realistic notes, the benchmark's own, into a data directory to keep: for
 * measuring the real window by hand ({@code src/bench/memory/measure.sh}). Arguments: the number of
 * notes and the data directory, which must not exist yet.
 */
public final class RealisticJournal {
    private RealisticJournal() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        if (Files.exists(dataDir)) {
            throw new IllegalArgumentException(dataDir + " exists already");
        }
        Path markdown = Files.createTempDirectory("learnlog-notes");
        new RealisticNotes(7).writeTo(markdown, size);
        try (JournalServices services = JournalAssembly.open(dataDir, Clock.systemUTC())) {
            services.search().ensureCurrent(Progress.NONE);
            services.journalImport().importFrom(markdown);
            services.search().mergeIndex();
        }
        Benchmarks.delete(markdown);
        System.out.println(size + " notes in " + dataDir);
    }
}
