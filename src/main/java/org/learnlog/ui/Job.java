package org.learnlog.ui;

import java.util.function.Consumer;

/**
 * The result of background work, delivered on the FX thread to the handlers. Handlers may be set
 * after the work finished (as with a same-thread {@link Background}); they then run at once.
 */
public final class Job<T> {
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onError = error -> { };
    private boolean done;
    private T result;
    private Throwable error;

    public Job<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        if (done && error == null) {
            handler.accept(result);
        }
        return this;
    }

    public Job<T> onError(Consumer<? super Throwable> handler) {
        this.onError = handler;
        if (done && error != null) {
            handler.accept(error);
        }
        return this;
    }

    /** Called on the FX thread when the work has returned. */
    public void succeed(T value) {
        done = true;
        result = value;
        onSuccess.accept(value);
    }

    /** Called on the FX thread when the work has thrown. */
    public void fail(Throwable failure) {
        done = true;
        error = failure;
        onError.accept(failure);
    }
}
