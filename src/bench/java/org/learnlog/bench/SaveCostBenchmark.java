package org.learnlog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.learnlog.app.JournalAssembly;
import org.learnlog.app.wiring.MainWindow;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;
import org.learnlog.store.Database;
import org.learnlog.ui.ExecutorBackground;
import org.learnlog.ui.NoFileActions;
import org.learnlog.ui.goals.GoalScreenTimings;

/**
 * What one save of the note on screen costs the window, headless: the FX thread's own CPU time from the
 * click on Save until everything the save set off has been shown, and the SQL statements the journal
 * ran for it (H2's query statistics). Argument: a data directory with a journal in it.
 */
public final class SaveCostBenchmark {
    private static final int SAVES = 30;

    private SaveCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GoalScreenTimings.startHeadless();
        Path dataDir = Path.of(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Database database = Database.openFile(dataDir);
        try (JournalServices services = JournalAssembly.over(database, Clock.systemUTC(), dataDir)) {
            ThreadPoolExecutor reads = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);
            ThreadPoolExecutor writer = (ThreadPoolExecutor) Executors.newFixedThreadPool(1);
            Stage[] stage = new Stage[1];
            long[] fx = new long[1];
            FxStallBenchmark.onFx(() -> {
                fx[0] = Thread.currentThread().getId();
                stage[0] = new Stage();
                MainWindow window = new MainWindow(stage[0], services, new ExecutorBackground(reads, writer),
                        (owner, title) -> Optional.empty(), (owner, title) -> Optional.empty(), new NoFileActions());
                stage[0].show();
                window.shown();
            });
            Thread.sleep(4_000);
            @SuppressWarnings("unchecked")
            ListView<Object> list = (ListView<Object>) stage[0].getScene().lookup("#noteList");
            TextArea body = (TextArea) stage[0].getScene().lookup("#bodyArea");
            Button save = (Button) stage[0].getScene().lookup("#saveButton");
            Label status = (Label) stage[0].getScene().lookup("#editorStatus");
            FxStallBenchmark.onFx(() -> list.getSelectionModel().clearAndSelect(0));
            settle(reads, writer);
            for (int i = 0; i < 5; i++) {
                saveOnce(body, save, status, reads, writer);
            }
            long idle = idleCpu(threads, fx[0], reads, writer);
            statistics(database, true);
            long before = threads.getThreadCpuTime(fx[0]);
            long started = System.nanoTime();
            for (int i = 0; i < SAVES; i++) {
                saveOnce(body, save, status, reads, writer);
            }
            long cpu = threads.getThreadCpuTime(fx[0]) - before;
            double seconds = (System.nanoTime() - started) / 1e9;
            long queries = statistics(database, false);
            System.out.printf(Locale.ROOT, "save.fx_cpu_ms %.3f%n", (cpu - idle * seconds) / 1e6 / SAVES);
            System.out.printf(Locale.ROOT, "save.fx_idle_cpu_ms_per_s %.3f%n", idle / 1e6);
            System.out.printf(Locale.ROOT, "save.queries %.1f%n", (double) queries / SAVES);
            System.out.printf(Locale.ROOT, "save.notes %d%n", services.notes().list(NoteFilter.all(),
                    Integer.MAX_VALUE).size());
            FxStallBenchmark.onFx(() -> stage[0].close());
            reads.shutdown();
            writer.shutdown();
            writer.awaitTermination(10, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    private static void saveOnce(TextArea body, Button save, Label status, ThreadPoolExecutor reads,
                                 ThreadPoolExecutor writer) throws Exception {
        FxStallBenchmark.onFx(() -> body.appendText("x"));
        FxStallBenchmark.onFx(save::fire);
        settle(reads, writer);
        String[] said = new String[1];
        FxStallBenchmark.onFx(() -> said[0] = status.getText());
        if (!said[0].startsWith("Saved")) {
            throw new IllegalStateException("The save did not say Saved: " + said[0]);
        }
    }

    /** The FX thread's CPU time per second of wall time while nothing happens: its pulses. */
    private static long idleCpu(ThreadMXBean threads, long fx, ThreadPoolExecutor reads, ThreadPoolExecutor writer)
            throws Exception {
        settle(reads, writer);
        long before = threads.getThreadCpuTime(fx);
        Thread.sleep(3_000);
        return (threads.getThreadCpuTime(fx) - before) / 3;
    }

    /** Waits until the executors have nothing left and the FX thread has run what they handed it. */
    private static void settle(ThreadPoolExecutor reads, ThreadPoolExecutor writer) throws Exception {
        for (int quiet = 0; quiet < 3; ) {
            FxStallBenchmark.onFx(() -> { });
            boolean idle = reads.getActiveCount() == 0 && reads.getQueue().isEmpty() && writer.getActiveCount() == 0
                    && writer.getQueue().isEmpty();
            quiet = idle ? quiet + 1 : 0;
            Thread.sleep(5);
        }
    }

    /** Turns H2's per-statement counts on afresh, or returns how many statements ran since. */
    private static long statistics(Database database, boolean reset) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                if (reset) {
                    statement.execute("SET QUERY_STATISTICS FALSE");
                    statement.execute("SET QUERY_STATISTICS TRUE");
                    return 0L;
                }
                long count = 0;
                try (ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM "
                        + "INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                    while (rows.next()) {
                        if (!rows.getString(1).contains("QUERY_STATISTICS")) {
                            if (Boolean.getBoolean("learnlog.bench.statements")) {
                                System.out.printf(Locale.ROOT, "  %5d  %s%n", rows.getLong(2), rows.getString(1));
                            }
                            count += rows.getLong(2);
                        }
                    }
                }
                return count;
            }
        });
    }
}
