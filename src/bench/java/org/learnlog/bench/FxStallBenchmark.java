package org.learnlog.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.learnlog.app.HeapReturn;
import org.learnlog.app.JournalAssembly;
import org.learnlog.app.wiring.MainWindow;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.ExecutorBackground;
import org.learnlog.ui.Messages;
import org.learnlog.ui.NoFileActions;
import org.learnlog.ui.goals.GoalScreenTimings;

/**
 * The longest the FX thread is busy during a scripted session on a real journal, headless: typing a
 * search, scrolling the note list, opening notes and typing into one. A heartbeat posted to the FX
 * thread every 2 ms records how late it ran; the worst delay is the longest stall a user could feel.
 * The session runs twice, cold and then warm: on two cores the first run also waits for the JIT
 * compiler. The FX thread's own CPU time between two heartbeats tells its work apart from waiting, and
 * the collector's pauses, which stop it too, are counted beside it.
 */
final class FxStallBenchmark {
    private static final String SEARCH = "review testing deploy";
    /** How long the script waits for the search's results after its last key; -1 ms if they never came. */
    private static final long ANSWER_WAIT = 10_000_000_000L;
    /** The argument that says the session runs in a real window. */
    static final String WINDOW = "--window";

    private FxStallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HeapReturn.tighten();
        if (args.length > 1 && args[1].equals(WINDOW)) {
            GoalScreenTimings.start();
        } else {
            GoalScreenTimings.startHeadless();
        }
        inThisJvm(Path.of(args[0])).forEach((key, value) -> System.out.printf(Locale.ROOT, "%s %.3f%n", key, value));
        System.out.flush();
        // The window's background work holds threads that would keep this JVM up.
        System.exit(0);
    }

    private static Map<String, Double> inThisJvm(Path journal) throws Exception {
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
            String answered = Messages.load().text("search.count", services.search().search(SEARCH, 1).total());
            Thread.sleep(2_000);
            Map<String, Double> results = new LinkedHashMap<>();
            measure(stage[0], answered, "cold", results);
            measure(stage[0], answered, "warm", results);
            onFx(() -> stage[0].close());
            reads.shutdown();
            writer.shutdown();
            writer.awaitTermination(10, TimeUnit.SECONDS);
            return results;
        }
    }

    /** Runs the script; returns how long after its last key the search's results were on screen, in ms. */
    private static double script(Stage stage, String answered, FxHeartbeat heartbeat) throws Exception {
        TextField search = (TextField) lookup(stage, "#searchField");
        Label summary = (Label) lookup(stage, "#searchSummary");
        long typed = 0;
        for (int i = 1; i <= SEARCH.length(); i++) {
            String text = SEARCH.substring(0, i);
            Thread.sleep(40);
            onFx(() -> search.setText(text));
            typed = System.nanoTime();
        }
        boolean[] shown = new boolean[1];
        while (!shown[0] && System.nanoTime() - typed < ANSWER_WAIT) {
            onFx(() -> shown[0] = summary.getText().startsWith(answered));
            Thread.sleep(5);
        }
        double answer = shown[0] ? (System.nanoTime() - typed) / 1e6 : -1;
        onFx(search::clear);
        heartbeat.phase("scroll");
        @SuppressWarnings("unchecked")
        ListView<Object> list = (ListView<Object>) lookup(stage, "#noteList");
        for (int i = 0; i < 1_500; i += 25) {
            int index = i;
            onFx(() -> list.scrollTo(index));
            Thread.sleep(16);
        }
        heartbeat.phase("open");
        for (int i = 0; i < 20; i++) {
            int index = i;
            onFx(() -> list.getSelectionModel().clearAndSelect(index));
            Thread.sleep(60);
        }
        heartbeat.phase("type");
        TextArea body = (TextArea) lookup(stage, "#bodyArea");
        for (int i = 0; i < 60; i++) {
            onFx(() -> body.appendText("x"));
            Thread.sleep(30);
        }
        return answer;
    }

    /**
     * Runs the script while a heartbeat measures how late the FX thread answers: the longest stall and
     * the 99th percentile, in milliseconds, the FX thread's longest work in each phase of the script, the
     * collector's longest pause, which stops the FX thread too, and how long the search's results took.
     */
    private static void measure(Stage stage, String answered, String run, Map<String, Double> results) throws Exception {
        String prefix = run.equals("cold") ? "" : run + "_";
        try (GcPauses pauses = new GcPauses()) {
            FxHeartbeat heartbeat = new FxHeartbeat("search");
            try (heartbeat) {
                results.put("fx_search." + prefix + "answer_ms", script(stage, answered, heartbeat));
                heartbeat.phase("settle");
                Thread.sleep(500);
            }
            results.put("fx_stall." + prefix + "max_ms", heartbeat.percentile(1));
            results.put("fx_stall." + prefix + "p99_ms", heartbeat.percentile(0.99));
            heartbeat.busiest().forEach((phase, millis) -> results.put("fx_busy." + prefix + phase + "_ms", millis));
            results.merge("fx_busy.max_ms", heartbeat.busiest().values().stream().mapToDouble(Double::doubleValue)
                    .max().orElse(0), Math::max);
            results.put("fx_gc." + prefix + "max_pause_ms", pauses.longest());
            results.put("fx_gc." + prefix + "pauses", (double) pauses.count());
        }
    }

    /** The scene's nodes change on the FX thread, so they are looked up there. */
    private static Node lookup(Stage stage, String selector) throws Exception {
        Node[] found = new Node[1];
        onFx(() -> found[0] = stage.getScene().lookup(selector));
        return found[0];
    }

    static void onFx(Runnable work) throws Exception {
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
}
