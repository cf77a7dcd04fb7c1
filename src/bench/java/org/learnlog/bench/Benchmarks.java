package org.learnlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.GeneratedJournal;
import org.learnlog.service.ImportReport;
import org.learnlog.service.JournalServices;
import org.learnlog.store.Database;
import org.learnlog.ui.goals.GoalScreenTimings;

/**
 * Learnlog's own measurements, on real journal files: export and import of a generated journal,
 * the Goals screen and progress chart, and the import of the TIL corpus when it is there. Run with {@code mvn -Pbench verify -DskipTests}.
 * It prints figures; it never fails on them.
 */
public final class Benchmarks {
    private static final Path TIL = Path.of("../shared/corpus/til");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("search")) {
            searchOnly(Integer.parseInt(args[1]));
            return;
        }
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("learnlog-bench");
        try {
            run(work, size, "warm-up", false);
            run(work, size, "measured", true);
            goals(work);
            Map<String, Double> results = new LinkedHashMap<>();
            if (GuiStartBenchmark.possible()) {
                results.putAll(GuiStartBenchmark.run(work.resolve("journal-empty"), 0));
            }
            for (int notes : new int[] {10_000, 100_000}) {
                results.putAll(SearchBenchmark.run(work, notes));
                results.put("bench_jvm_peak_rss.mb." + notes, peakRssMb());
            }
            System.out.print(SearchBenchmark.table(results));
            Path json = Path.of("target/bench/results.json");
            Files.createDirectories(json.getParent());
            Files.writeString(json, results.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "  \"%s\": %.4f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(",\n", "{\n", "\n}\n")));
            System.out.println("wrote " + json);
            if (Files.isDirectory(TIL)) {
                try (JournalServices til = open(work.resolve("til-journal"))) {
                    ImportReport report = time("import TIL corpus", () -> til.journalImport().importFrom(TIL), true,
                            () -> til.notes().list(NoteFilter.all(), Integer.MAX_VALUE).size());
                    System.out.println("  " + report.summary());
                }
            }
        } finally {
            Platform.exit();
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

    /**
     * The Goals screen and the progress chart with 50 goals and 2,000 check-ins (40 a goal, weekly for
     * 280 days), next to the same with 3 goals, headless under Monocle: medians of 9 after a warm-up.
     */
    private static void goals(Path work) throws Exception {
        GoalScreenTimings.startHeadless();
        LocalDate end = LocalDate.now(ZoneOffset.UTC);
        for (int count : new int[] {3, 50}) {
            Path dir = work.resolve("goals-" + count);
            GoalJournal.write(dir, count, end.minusDays(280), end, 7);
            try (JournalServices services = open(dir)) {
                int checkIns = services.tracking().all().stream().mapToInt(p -> services.tracking()
                        .checkIns(p.goal().slug()).size()).sum();
                double load = median(9, () -> services.tracking().all().size() + services.activity().notesPerTag().size());
                System.out.printf(Locale.ROOT, "goals screen, %2d goals, %4d check-ins: load %6.1f ms, load and draw %6.1f ms%n",
                        count, checkIns, load, GoalScreenTimings.goalsScreen(services, 9));
                System.out.printf(Locale.ROOT, "progress chart of 40 check-ins, build and draw:    %6.1f ms%n",
                        GoalScreenTimings.chart(services, "review-speed", 9));
            }
        }
    }

    /** Only the search benchmark, on one size: {@code search 10000}, for quick comparisons while tuning. */
    private static void searchOnly(int size) throws Exception {
        Path work = Files.createTempDirectory("learnlog-bench");
        GoalScreenTimings.startHeadless();
        try {
            System.out.print(SearchBenchmark.table(SearchBenchmark.run(work, size)));
        } finally {
            Platform.exit();
            delete(work);
        }
    }

    /** This JVM's peak resident memory (VmHWM), in MB; -1 where /proc is not there. */
    private static double peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .mapToDouble(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1);
    }

    private static double median(int runs, Supplier<Integer> work) {
        work.get();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
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

    static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
