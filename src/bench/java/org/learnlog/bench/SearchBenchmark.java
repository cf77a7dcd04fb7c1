package org.learnlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;

/**
 * Import, export and search on a journal of realistic notes: the figures issue 5 asks for, keyed
 * {@code <measure>.<unit>.<notes>}. Search latency is measured in process after a warm-up, in this JVM
 * and again in one with the app's own options; the CLI search as a whole new process, as a user runs it.
 */
final class SearchBenchmark {
    /** The query shapes: one word, two words, a phrase, a tag filter, a rare word, a date range. */
    static final List<String> QUERIES = List.of("deploy", "review testing", "\"git java\"", "tag:java deploy",
            RealisticNotes.RARE_WORD, "after:2024-01-01 before:2024-03-01 incident");
    private static final int WARM_UP = 300;
    /** The journal the scripted UI session runs on, for the longest FX-thread stall. */
    private static final int STALL_NOTES = 10_000;
    private static final int MEASURED = 1_000;

    private SearchBenchmark() {
    }

    static Map<String, Double> run(Path work, int size) throws Exception {
        Map<String, Double> results = new LinkedHashMap<>();
        Path source = work.resolve("markdown-" + size);
        new RealisticNotes(7).writeTo(source, size);
        Path journal = work.resolve("journal-" + size);
        try (JournalServices services = JournalAssembly.open(journal, Clock.systemUTC())) {
            services.search().ensureCurrent(Progress.NONE);
            long start = System.nanoTime();
            services.journalImport().importFrom(source);
            results.put("import.seconds." + size, seconds(start));
            // The merge that follows an import in the background, timed on its own so that it doesn't
            // land inside the export's or the searches' figures.
            start = System.nanoTime();
            services.search().mergeIndex();
            results.put("index_merge.seconds." + size, seconds(start));
            start = System.nanoTime();
            services.journalExport().export(NoteFilter.all(), work.resolve("export-" + size));
            results.put("export.seconds." + size, seconds(start));
            latencies(services, "search", size, results);
            for (String query : QUERIES) {
                results.put("search.hits." + size + "." + QUERIES.indexOf(query),
                        (double) services.search().search(query, 20).total());
            }
            durableSaves(services, size, results);
        }
        cli(journal, size, results);
        results.putAll(AppJvmSearch.run(journal, size));
        if (GuiStartBenchmark.possible()) {
            results.putAll(GuiStartBenchmark.run(journal, size));
        }
        if (size == STALL_NOTES) {
            results.putAll(FxStallSessions.run(journal));
        }
        return results;
    }

    /** {@code <measure>.p50_ms.<size>}, p95 and max: the query shapes in turn, after a warm-up. */
    static void latencies(JournalServices services, String measure, int size, Map<String, Double> results) {
        double[] all = new double[QUERIES.size() * MEASURED];
        int n = 0;
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            for (String query : QUERIES) {
                long start = System.nanoTime();
                services.search().search(query, 20);
                if (round >= WARM_UP) {
                    all[n++] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        Arrays.sort(all);
        results.put(measure + ".p50_ms." + size, all[all.length / 2]);
        results.put(measure + ".p95_ms." + size, all[(int) (all.length * 0.95)]);
        results.put(measure + ".max_ms." + size, all[all.length - 1]);
    }

    /** One note saved at a time, as the editor does: committed, synced to the disk and indexed. */
    private static void durableSaves(JournalServices services, int size, Map<String, Double> results) {
        double[] millis = new double[300];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            services.notes().save(NoteDraft.of("Durable save " + i, "A note typed in the editor, saved " + i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        results.put("save.p50_ms." + size, millis[millis.length / 2]);
        results.put("save.p95_ms." + size, millis[(int) (millis.length * 0.95)]);
    }

    /**
     * `learnlog search` as a new process through the launcher, as a user runs it: three times after one
     * that writes the class-data archive, the median; and its peak RSS where /usr/bin/time can tell.
     */
    private static void cli(Path journal, int size, Map<String, Double> results) throws IOException, InterruptedException {
        if (!Files.exists(Path.of("target/learnlog.jar"))) {
            return;
        }
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        double[] seconds = new double[4];
        double rss = 0;
        for (int i = 0; i < seconds.length; i++) {
            List<String> command = new ArrayList<>(timed ? List.of("/usr/bin/time", "-f", "maxrss-kb %M") : List.of());
            command.addAll(List.of("packaging/bin/learnlog", "search", "review testing", "--data-dir", journal.toString()));
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("XDG_CACHE_HOME", journal.resolveSibling("cache").toString());
            Process process = builder.start();
            String err = new String(process.getErrorStream().readAllBytes());
            process.waitFor();
            seconds[i] = seconds(start);
            for (String line : err.lines().toList()) {
                if (line.startsWith("maxrss-kb ") && i > 0) {
                    rss = Math.max(rss, Double.parseDouble(line.substring(10)) / 1024);
                }
            }
        }
        Arrays.sort(seconds, 1, seconds.length);
        results.put("cli_search.seconds." + size, seconds[2]);
        if (rss > 0) {
            results.put("cli_rss.mb." + size, rss);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static String table(Map<String, Double> results) {
        StringBuilder out = new StringBuilder();
        results.forEach((key, value) -> out.append(String.format(Locale.ROOT, "%-34s %12.3f%n", key, value)));
        return out.toString();
    }
}
