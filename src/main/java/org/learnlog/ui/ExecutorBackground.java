package org.learnlog.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** The app's {@link Background}: work runs on the given executors, results come back with runLater. */
public final class ExecutorBackground implements Background {
    private final Executor reads;
    private final Executor writer;

    public ExecutorBackground(Executor reads, Executor writer) {
        this.reads = reads;
        this.writer = writer;
    }

    @Override
    public <T> Job<T> read(Callable<T> work) {
        return submit(reads, work);
    }

    @Override
    public <T> Job<T> write(Callable<T> work) {
        return submit(writer, work);
    }

    private static <T> Job<T> submit(Executor executor, Callable<T> work) {
        Job<T> job = new Job<>();
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> job.succeed(result));
            } catch (Throwable failure) {
                Platform.runLater(() -> job.fail(failure));
            }
        });
        return job;
    }
}
