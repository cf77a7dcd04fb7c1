package org.learnlog.ui;

import java.util.concurrent.Callable;

/** Runs background work at once on the calling thread, so UI tests need no waiting or timing. */
public final class SameThreadBackground implements Background {
    private int reads;

    @Override
    public <T> Job<T> read(Callable<T> work) {
        reads++;
        return run(work);
    }

    /** How many reads were asked for so far: what a screen loaded. */
    public int reads() {
        return reads;
    }

    @Override
    public <T> Job<T> write(Callable<T> work) {
        return run(work);
    }

    private static <T> Job<T> run(Callable<T> work) {
        Job<T> job = new Job<>();
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            job.fail(failure);
            return job;
        }
        job.succeed(result);
        return job;
    }
}
