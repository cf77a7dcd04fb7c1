package org.learnlog.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.learnlog.app.JournalAssembly;
import org.learnlog.app.MainWindow;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.ExecutorBackground;

/**
 * The longest the FX thread is busy during a scripted session on a real journal, headless: typing a
 * search, scrolling the note list, opening notes and typing into one. A heartbeat posted to the FX
 * thread every 2 ms records how late it ran; the worst delay is the longest stall a user could feel.
 */
final class FxStallBenchmark {
    private static final String SEARCH = "review testing deploy";

    private FxStallBenchmark() {
    }

    /** Milliseconds: the longest stall and the 99th percentile of heartbeat delays. */
    static double[] run(Path journal) throws Exception {
        try (JournalServices services = JournalAssembly.open(journal, Clock.systemUTC())) {
            var reads = Executors.newFixedThreadPool(2);
            var writer = Executors.newSingleThreadExecutor();
            Stage[] stage = new Stage[1];
            onFx(() -> {
                stage[0] = new Stage();
                MainWindow window = new MainWindow(stage[0], services, new ExecutorBackground(reads, writer),
                        (owner, title) -> Optional.empty(), (owner, title) -> Optional.empty());
                stage[0].show();
                window.controller().windowShown();
            });
            Thread.sleep(2_000);
            double[] delays = measure(() -> script(stage[0]));
            onFx(() -> stage[0].close());
            reads.shutdown();
            writer.shutdown();
            writer.awaitTermination(10, TimeUnit.SECONDS);
            Arrays.sort(delays);
            return new double[] {delays[delays.length - 1], delays[(int) (delays.length * 0.99)]};
        }
    }

    private static void script(Stage stage) throws Exception {
        TextField search = (TextField) stage.getScene().lookup("#searchField");
        for (int i = 1; i <= SEARCH.length(); i++) {
            String typed = SEARCH.substring(0, i);
            onFx(() -> search.setText(typed));
            Thread.sleep(40);
        }
        onFx(search::clear);
        @SuppressWarnings("unchecked")
        ListView<Object> list = (ListView<Object>) stage.getScene().lookup("#noteList");
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
        TextArea body = (TextArea) stage.getScene().lookup("#bodyArea");
        for (int i = 0; i < 60; i++) {
            onFx(() -> body.appendText("x"));
            Thread.sleep(30);
        }
    }

    /** Runs the script while a heartbeat measures how late the FX thread answers, in milliseconds. */
    private static double[] measure(Script script) throws Exception {
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
        double[] delays = new double[200_000];
        AtomicLong count = new AtomicLong();
        beats.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                int n = (int) count.getAndIncrement();
                if (n < delays.length) {
                    delays[n] = (System.nanoTime() - posted) / 1e6;
                }
            });
        }, 0, 2, TimeUnit.MILLISECONDS);
        try {
            script.run();
            Thread.sleep(500);
        } finally {
            beats.shutdownNow();
        }
        return Arrays.copyOf(delays, (int) Math.min(count.get(), delays.length));
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
