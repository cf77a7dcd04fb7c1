package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.learnlog.model.GoalReport;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Theme;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.SameThreadBackground;
import org.learnlog.ui.View;
import org.learnlog.ui.Windows;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.JournalEvents;

/**
 * Times the Goals screen and the progress chart on a real journal, headless under Monocle: how long
 * from asking for the screen to a drawn frame, and how long one chart takes to build and draw.
 * The benchmark runs it; it prints figures and asserts nothing.
 */
public final class GoalScreenTimings {
    private GoalScreenTimings() {
    }

    /** Median milliseconds of {@code runs} openings of the Goals screen, each loading and drawing it. */
    public static double goalsScreen(JournalServices services, int runs) throws Exception {
        return onFx(() -> median(runs, () -> {
            Messages messages = Messages.load();
            Navigation navigation = new Navigation();
            GoalsModel model = new GoalsModel(services.tracking(), services.activity(), new SameThreadBackground(),
                    new JournalEvents(), messages);
            Windows windows = new Windows(messages);
            Parent root = windows.load(View.GOALS, ControllerFactory.of(GoalsController.class,
                    () -> new GoalsController(model, navigation, () -> { }, messages))).root();
            Scene scene = windows.scene(root, 1000, 720);
            long start = System.nanoTime();
            navigation.go(Place.goals());
            root.applyCss();
            root.layout();
            scene.snapshot(null);
            return (System.nanoTime() - start) / 1e6;
        }));
    }

    /** Median milliseconds to build and draw the progress chart of {@code slug}, as the export does. */
    public static double chart(JournalServices services, String slug, int runs) throws Exception {
        GoalReport report = services.reviews().report(slug);
        ProgressChart charts = new ProgressChart(Messages.load());
        Windows windows = new Windows(Messages.load());
        return onFx(() -> median(runs, () -> {
            long start = System.nanoTime();
            ChartPng.draw(charts.build(report, LocalDate.now()), windows);
            return (System.nanoTime() - start) / 1e6;
        }));
    }

    /** Starts JavaFX headless (Monocle, software rendering) if it is not running yet. */
    public static void startHeadless() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        start();
    }

    /** Starts JavaFX on this machine's display, with the app's theme. */
    public static void start() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        // app.css builds on the theme's colours, as in the app.
        Theme.apply(false);
    }

    /** The median of {@code runs} after five unmeasured runs, so the JIT has compiled the UI code. */
    private static double median(int runs, Supplier<Double> run) {
        for (int i = 0; i < 5; i++) {
            run.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = run.get();
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static double onFx(Supplier<Double> work) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
