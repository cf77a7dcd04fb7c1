package org.learnlog.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The app's two named executors: reads (two threads) and the single journal writer. */
final class AppExecutors {
    final ThreadPoolExecutor reads = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            named("learnlog-read", true));
    /** Not a daemon: a queued save must finish before the JVM may exit. */
    final ExecutorService writer = Executors.newSingleThreadExecutor(named("learnlog-writer", false));

    /**
     * Drops queued reads and waits for queued writes, so nothing the user saved is lost at exit. Running
     * reads are not interrupted: an interrupt closes the file channel under Lucene's index writer, which
     * then refuses all further work.
     */
    void shutdown() throws InterruptedException {
        reads.getQueue().clear();
        reads.shutdown();
        writer.shutdown();
        writer.awaitTermination(30, TimeUnit.SECONDS);
        reads.awaitTermination(5, TimeUnit.SECONDS);
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
