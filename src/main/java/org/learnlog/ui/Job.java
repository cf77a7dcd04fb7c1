package org.learnlog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The result of background work, delivered on the FX thread to every handler, in the order they were
 * added. Handlers may be added after the work finished (as with a same-thread {@link Background}); they
 * then run at once.
 */
public final class Job<T> {
    private final List<Consumer<? super T>> onSuccess = new ArrayList<>();
    private final List<Consumer<? super Throwable>> onError = new ArrayList<>();
    private boolean done;
    private T result;
    private Throwable error;

    public Job<T> onSuccess(Consumer<? super T> handler) {
        onSuccess.add(handler);
        if (done && error == null) {
            handler.accept(result);
        }
        return this;
    }

    public Job<T> onError(Consumer<? super Throwable> handler) {
        onError.add(handler);
        if (done && error != null) {
            handler.accept(error);
        }
        return this;
    }

    /** Called on the FX thread when the work has returned. */
    public void succeed(T value) {
        done = true;
        result = value;
        List.copyOf(onSuccess).forEach(handler -> handler.accept(value));
    }

    /** Called on the FX thread when the work has thrown. */
    public void fail(Throwable failure) {
        done = true;
        error = failure;
        List.copyOf(onError).forEach(handler -> handler.accept(failure));
    }
}
