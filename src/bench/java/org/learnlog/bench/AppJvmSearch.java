package org.learnlog.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.learnlog.app.JournalAssembly;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;

/**
 * The search latencies again, in a new JVM with the app's own options ({@code search_app.…}), as the
 * desktop app and the {@code learnlog} commands search. The benchmark's own JVM compiles hot code with
 * the optimizing compiler, which the app leaves out so that it never competes with the FX thread for
 * the cores; searching in the app's JVM takes up to three times as long.
 */
final class AppJvmSearch {
    private static final String MEASURE = "search_app";

    private AppJvmSearch() {
    }

    /** The figures for the journal in {@code journal}, which must be closed: the new JVM opens it. */
    static Map<String, Double> run(Path journal, int size) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(GuiStartBenchmark.headlessApp(List.of(), AppJvmSearch.class.getName(),
                journal.toString(), Integer.toString(size))).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        Map<String, Double> results = new LinkedHashMap<>();
        for (String line : out.lines().filter(line -> line.startsWith(MEASURE + ".")).toList()) {
            String[] figure = line.split(" ");
            results.put(figure[0], Double.parseDouble(figure[1]));
        }
        if (process.waitFor() != 0 || results.isEmpty()) {
            throw new IOException("Searching in the app's JVM failed: "
                    + out.lines().limit(20).collect(Collectors.joining("\n")));
        }
        return results;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Double> results = new LinkedHashMap<>();
        try (JournalServices services = JournalAssembly.open(Path.of(args[0]), Clock.systemUTC())) {
            services.search().ensureCurrent(Progress.NONE);
            SearchBenchmark.latencies(services, MEASURE, Integer.parseInt(args[1]), results);
        }
        results.forEach((key, value) -> System.out.printf(Locale.ROOT, "%s %.4f%n", key, value));
        System.out.flush();
        // The journal's background work holds threads that would keep this JVM up.
        System.exit(0);
    }
}
