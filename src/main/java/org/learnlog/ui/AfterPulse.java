package org.learnlog.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for a scene's next layout pulse: its nodes are laid out then, and its picture drawn next. */
public final class AfterPulse {
    private AfterPulse() {
    }

    /** Runs {@code next} once, on the FX thread, soon after {@code scene}'s next layout pulse. */
    public static void run(Scene scene, Runnable next) {
        within(scene, () -> Platform.runLater(next));
    }

    /**
     * Runs {@code work} once, within {@code scene}'s next pulse, right after its layout: before any input
     * that came meanwhile is handled.
     */
    public static void within(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            Runnable self = once[0];
            if (self != null) {
                once[0] = null;
                work.run();
                // Not while the scene goes through its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(self));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
