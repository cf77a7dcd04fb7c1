package org.learnlog.store.index;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the index's commit every few seconds on a daemon thread: a commit per note would cost more
 * than the note. Stopping waits for a commit under way and never interrupts it, because an interrupt
 * closes the file channel under Lucene's writer, which then refuses all work.
 */
final class PeriodicCommits implements AutoCloseable {
    static final long EVERY_SECONDS = 5;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "learnlog-index-commit");
        thread.setDaemon(true);
        return thread;
    });

    PeriodicCommits(Runnable commit) {
        timer.scheduleWithFixedDelay(commit, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
