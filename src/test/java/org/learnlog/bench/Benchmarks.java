package org.learnlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.GeneratedJournal;
import org.learnlog.service.ImportReport;
import org.learnlog.service.JournalServices;
import org.learnlog.store.Database;

/**
 * Learnlog's own measurements, on real journal files: export and import of a generated journal,
 * and the import of the TIL corpus when it is there. Run with {@code mvn -Pbench verify -DskipTests}.
 * It prints figures; it never fails on them.
 */
public final class Benchmarks {
    private static final Path TIL = Path.of("../shared/corpus/til");

    private Benchmarks() {
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("learnlog-bench");
        try {
            run(work, size, "warm-up", false);
            run(work, size, "measured", true);
            if (Files.isDirectory(TIL)) {
                try (JournalServices til = open(work.resolve("til-journal"))) {
                    ImportReport report = time("import TIL corpus", () -> til.journalImport().importFrom(TIL), true,
                            () -> til.journal().list(NoteFilter.all(), Integer.MAX_VALUE).size());
                    System.out.println("  " + report.summary());
                }
            }
        } finally {
            delete(work);
        }
    }

    /**
     * Generates a journal, exports it, and imports the export into an empty journal. The same run is
     * done once unreported first, so the figures are for a warmed-up JVM, as in a running app.
     */
    private static void run(Path work, int size, String name, boolean report) throws IOException {
        Path source = work.resolve("source-" + name);
        Path export = work.resolve("export-" + name);
        try (Database database = Database.openFile(source)) {
            new GeneratedJournal(size, 42).writeTo(database);
        }
        try (JournalServices from = open(source)) {
            time("export " + size + " notes", () -> from.journalExport().export(NoteFilter.all(), export), report,
                    () -> size);
        }
        try (JournalServices into = open(work.resolve("copy-" + name))) {
            time("import " + size + " notes", () -> into.journalImport().importFrom(export), report, () -> size);
        }
    }

    private static JournalServices open(Path dataDir) {
        return JournalAssembly.open(dataDir, Clock.systemUTC());
    }

    private static <T> T time(String what, Supplier<T> work, boolean report, Supplier<Integer> notes) {
        long start = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report) {
            System.out.printf(Locale.ROOT, "%-28s %7.2f s  %8.0f notes/s%n", what, seconds, notes.get() / seconds);
        }
        return result;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
