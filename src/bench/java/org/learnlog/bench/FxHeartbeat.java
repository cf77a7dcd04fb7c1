package org.learnlog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * A heartbeat posted to the FX thread every 2 ms: how late each beat runs is how long a user would
 * have waited, and the FX thread's own CPU time between two beats is its own work, apart from waiting
 * for a core or a collection. That work is kept by the phase of the script it fell in.
 */
final class FxHeartbeat implements AutoCloseable {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Double> busiest = new LinkedHashMap<>();
    private volatile String phase;
    private double[] delays = new double[4096];
    private int count;
    private long lastCpu = -1;

    /** Starts beating; the script's first phase is {@code phase}. */
    FxHeartbeat(String phase) {
        this.phase = phase;
        beats.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> beat(posted));
        }, 0, 2, TimeUnit.MILLISECONDS);
    }

    /** The script's thread names the phase it starts; the work of the beats after it counts there. */
    void phase(String name) {
        phase = name;
    }

    private void beat(long posted) {
        if (count == delays.length) {
            delays = Arrays.copyOf(delays, count * 2);
        }
        delays[count++] = (System.nanoTime() - posted) / 1e6;
        long cpu = threads.getCurrentThreadCpuTime();
        if (lastCpu >= 0) {
            busiest.merge(phase, (cpu - lastCpu) / 1e6, Math::max);
        }
        lastCpu = cpu;
    }

    /** Stops the beats; read the figures after this. */
    @Override
    public void close() throws Exception {
        beats.shutdownNow();
        beats.awaitTermination(1, TimeUnit.SECONDS);
        // The last beats posted may still be queued on the FX thread.
        FxStallBenchmark.onFx(() -> { });
    }

    double percentile(double p) {
        double[] sorted = Arrays.copyOf(delays, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, (int) (count * p))];
    }

    /** The FX thread's longest stretch of its own work in each phase, in milliseconds. */
    Map<String, Double> busiest() {
        return busiest;
    }
}
