package org.learnlog.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.learnlog.app.JournalAssembly;
import org.learnlog.app.MainWindow;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.ExecutorBackground;
import org.learnlog.ui.NoFileActions;
import org.learnlog.ui.goals.GoalScreenTimings;

/**
 * The longest the FX thread is busy during a scripted session on a real journal, headless: typing a
 * search, scrolling the note list, opening notes and typing into one. A heartbeat posted to the FX
 * thread every 2 ms records how late it ran; the worst delay is the longest stall a user could feel.
 * The session runs twice, cold and then warm: on two cores the first run also waits for the JIT
 * compiler. The FX thread's own CPU time between two heartbeats tells its work apart from waiting.
 */
final class FxStallBenchmark {
    private static final String SEARCH = "review testing deploy";

    private FxStallBenchmark() {
    }

    /**
     * Milliseconds: the longest stall and the 99th percentile of heartbeat delays, cold and warm, and the
     * longest FX-thread work. The session runs in a new JVM with the app's own options (the client
     * compiler only, the serial collector), as a user's window does.
     */
    static Map<String, Double> run(Path journal) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(GuiStartBenchmark.headlessApp(List.of(), FxStallBenchmark.class.getName(),
                journal.toString())).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        Map<String, Double> results = new LinkedHashMap<>();
        for (String line : out.lines().filter(line -> line.startsWith("fx_")).toList()) {
            String[] figure = line.split(" ");
            results.put(figure[0], Double.parseDouble(figure[1]));
        }
        if (process.waitFor() != 0 || results.isEmpty()) {
            throw new IOException("The scripted session failed: " + out.lines().limit(20).collect(Collectors.joining("\n")));
        }
        return results;
    }

    public static void main(String[] args) throws Exception {
        GoalScreenTimings.startHeadless();
        session(Path.of(args[0])).forEach((key, value) -> System.out.printf(Locale.ROOT, "%s %.3f%n", key, value));
        System.out.flush();
        // The window's background work holds threads that would keep this JVM up.
        System.exit(0);
    }

    private static Map<String, Double> session(Path journal) throws Exception {
        try (JournalServices services = JournalAssembly.open(journal, Clock.systemUTC())) {
            var reads = Executors.newFixedThreadPool(2);
            var writer = Executors.newSingleThreadExecutor();
            Stage[] stage = new Stage[1];
            onFx(() -> {
                stage[0] = new Stage();
                MainWindow window = new MainWindow(stage[0], services, new ExecutorBackground(reads, writer),
                        (owner, title) -> Optional.empty(), (owner, title) -> Optional.empty(), new NoFileActions());
                stage[0].show();
                window.shown();
            });
            Thread.sleep(2_000);
            Map<String, Double> results = new LinkedHashMap<>();
            Beats cold = measure(() -> script(stage[0]));
            Beats warm = measure(() -> script(stage[0]));
            onFx(() -> stage[0].close());
            reads.shutdown();
            writer.shutdown();
            writer.awaitTermination(10, TimeUnit.SECONDS);
            results.put("fx_stall.max_ms", cold.percentile(1));
            results.put("fx_stall.p99_ms", cold.percentile(0.99));
            results.put("fx_stall.warm_max_ms", warm.percentile(1));
            results.put("fx_stall.warm_p99_ms", warm.percentile(0.99));
            results.put("fx_busy.max_ms", Math.max(cold.busiest(), warm.busiest()));
            return results;
        }
    }

    private static void script(Stage stage) throws Exception {
        TextField search = (TextField) lookup(stage, "#searchField");
        for (int i = 1; i <= SEARCH.length(); i++) {
            String typed = SEARCH.substring(0, i);
            onFx(() -> search.setText(typed));
            Thread.sleep(40);
        }
        onFx(search::clear);
        @SuppressWarnings("unchecked")
        ListView<Object> list = (ListView<Object>) lookup(stage, "#noteList");
        for (int i = 0; i < 1_500; i += 25) {
            int index = i;
            onFx(() -> list.scrollTo(index));
            Thread.sleep(16);
        }
        for (int i = 0; i < 20; i++) {
            int index = i;
            onFx(() -> list.getSelectionModel().clearAndSelect(index));
            Thread.sleep(60);
        }
        TextArea body = (TextArea) lookup(stage, "#bodyArea");
        for (int i = 0; i < 60; i++) {
            onFx(() -> body.appendText("x"));
            Thread.sleep(30);
        }
    }

    /** Runs the script while a heartbeat measures how late the FX thread answers, in milliseconds. */
    private static Beats measure(Script script) throws Exception {
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
        Beats result = new Beats();
        beats.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> result.beat(posted));
        }, 0, 2, TimeUnit.MILLISECONDS);
        try {
            script.run();
            Thread.sleep(500);
        } finally {
            beats.shutdownNow();
        }
        return result;
    }

    /** Heartbeat delays, and the FX thread's CPU time between consecutive beats; touched on the FX thread only. */
    private static final class Beats {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private double[] delays = new double[4096];
        private int count;
        private long lastCpu = -1;
        private double busiest;

        void beat(long posted) {
            if (count == delays.length) {
                delays = Arrays.copyOf(delays, count * 2);
            }
            delays[count++] = (System.nanoTime() - posted) / 1e6;
            long cpu = threads.getCurrentThreadCpuTime();
            if (lastCpu >= 0) {
                busiest = Math.max(busiest, (cpu - lastCpu) / 1e6);
            }
            lastCpu = cpu;
        }

        double percentile(double p) {
            double[] sorted = Arrays.copyOf(delays, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) (count * p))];
        }

        double busiest() {
            return busiest;
        }
    }

    /** The scene's nodes change on the FX thread, so they are looked up there. */
    private static Node lookup(Stage stage, String selector) throws Exception {
        Node[] found = new Node[1];
        onFx(() -> found[0] = stage.getScene().lookup(selector));
        return found[0];
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface Script {
        void run() throws Exception;
    }
}
