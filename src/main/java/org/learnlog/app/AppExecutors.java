package org.learnlog.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The app's two named executors: reads (two threads) and the single journal writer. */
final class AppExecutors {
    final ExecutorService reads = Executors.newFixedThreadPool(2, named("learnlog-read", true));
    /** Not a daemon: a queued save must finish before the JVM may exit. */
    final ExecutorService writer = Executors.newSingleThreadExecutor(named("learnlog-writer", false));

    /** Stops taking work and waits for queued writes, so nothing the user saved is lost at exit. */
    void shutdown() throws InterruptedException {
        reads.shutdownNow();
        writer.shutdown();
        writer.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static ThreadFactory named(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
