package org.learnlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs {@link FxStallBenchmark}'s scripted session in new JVMs, each a first start of the journal's
 * day, and gathers what they print.
 */
final class FxStallSessions {
    private static final int SESSIONS = 3;

    private FxStallSessions() {
    }

    /**
     * Milliseconds, each the median of {@value #SESSIONS} sessions: the longest stall and the 99th
     * percentile of heartbeat delays, cold and warm, the longest FX-thread work in each phase of the
     * script, and the collector's longest pause; and the worst session's longest stalls. The session
     * runs in a new JVM with the app's own options (the client compiler only, the serial collector) and
     * its heap's free ratios ({@code HeapReturn}), as a user's window does: headless under Monocle, and
     * again in a real window on a virtual display where Xvfb is installed ({@code fx_window_…}), which
     * copies no frame into a headless screen. Both draw with JavaFX's software pipeline, whose textures
     * lie on the heap: Xvfb offers no OpenGL that JavaFX accepts.
     */
    static Map<String, Double> run(Path journal) throws IOException, InterruptedException {
        Map<String, Double> results = sessions(GuiStartBenchmark.headlessApp(List.of(),
                FxStallBenchmark.class.getName(), journal.toString()), journal, "fx_");
        if (GuiStartBenchmark.windowPossible()) {
            results.putAll(sessions(GuiStartBenchmark.windowedApp(FxStallBenchmark.class.getName(), journal.toString(),
                    FxStallBenchmark.WINDOW), journal, "fx_window_"));
        }
        return results;
    }

    /** The session in {@code command}, run {@value #SESSIONS} times, each a first start of a day, as one set of figures. */
    private static Map<String, Double> sessions(List<String> command, Path journal, String prefix) throws IOException,
            InterruptedException {
        List<Map<String, Double>> runs = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            startOfADay(journal);
            runs.add(session(command, prefix));
        }
        return SessionFigures.fold(runs);
    }

    /** Removes the journal's backups, so the session is a first start of its day, with the day's backup. */
    private static void startOfADay(Path journal) throws IOException {
        Path backups = journal.resolve("backups");
        if (Files.exists(backups)) {
            Benchmarks.delete(backups);
        }
    }

    /** The figures the session in {@code command} prints, their names starting with {@code prefix}. */
    private static Map<String, Double> session(List<String> command, String prefix) throws IOException,
            InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        Map<String, Double> results = new LinkedHashMap<>();
        for (String line : out.lines().filter(line -> line.startsWith("fx_")).toList()) {
            String[] figure = line.split(" ");
            results.put(prefix + figure[0].substring(3), Double.parseDouble(figure[1]));
        }
        if (process.waitFor() != 0 || results.isEmpty()) {
            throw new IOException("The scripted session failed: " + out.lines().limit(20).collect(Collectors.joining("\n")));
        }
        return results;
    }
}
