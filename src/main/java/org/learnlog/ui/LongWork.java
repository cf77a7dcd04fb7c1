package org.learnlog.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.control.ProgressIndicator;
import org.learnlog.service.Progress;

/**
 * A progress tracker with Cancel, for long work (import, export) and the status bar's progress bar. The
 * work reports from its own thread; the bar moves on the FX thread at most once per pulse.
 */
public final class LongWork implements Progress {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    /** The newest report, packed as done << 32 | total, and whether an update is already queued. */
    private final AtomicLong latest = new AtomicLong();
    private final AtomicBoolean updateQueued = new AtomicBoolean();

    /** Shows the bar for new work; returns false if other long work is still running. */
    public boolean start() {
        if (running.get()) {
            return false;
        }
        cancelled.set(false);
        latest.set(0);
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        running.set(true);
        return true;
    }

    public void finish() {
        running.set(false);
    }

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void done(int count, int total) {
        // Work on several threads may report out of order; the bar only moves forward.
        latest.accumulateAndGet((long) count << 32 | total, Math::max);
        if (updateQueued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                updateQueued.set(false);
                long packed = latest.get();
                int all = (int) packed;
                progress.set(all == 0 ? ProgressIndicator.INDETERMINATE_PROGRESS : (double) (packed >>> 32) / all);
            });
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
