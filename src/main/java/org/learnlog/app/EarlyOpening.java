package org.learnlog.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.learnlog.opening.OpenResult;
import org.learnlog.store.StoreException;
import org.learnlog.ui.Messages;

/**
 * The journal's opening, begun before JavaFX starts, so the two run side by side. JavaFX makes the
 * app's Application object itself, with nothing but strings for arguments; the app picks the opening
 * up here, or begins one if none was begun for its folder.
 */
final class EarlyOpening {
    /** What the opening came to, with how the window starts if it opened. */
    record Outcome(OpenResult result, StartLook look) {
    }

    private static Path pendingDir;
    private static CompletableFuture<Outcome> pending;
    private static StartLook pendingLook;

    private EarlyOpening() {
    }

    /** Begins opening the journal in {@code dataDir} on a thread of its own, and reads the window's look meanwhile. */
    static void begin(Path dataDir, Supplier<Outcome> open) {
        CompletableFuture<Outcome> started = start(open);
        StartLook look = StartLook.read(dataDir);
        // Before any window is made, so every one speaks the language chosen in Preferences.
        Messages.choose(look.language());
        synchronized (EarlyOpening.class) {
            pendingDir = dataDir;
            pending = started;
            pendingLook = look;
        }
    }

    /** The look read for {@code dataDir} as its opening began, or the plain one. */
    static synchronized StartLook look(Path dataDir) {
        return dataDir.equals(pendingDir) && pendingLook != null ? pendingLook : StartLook.PLAIN;
    }

    /** The opening begun for {@code dataDir}, or one begun now; each is taken once. */
    static synchronized CompletableFuture<Outcome> take(Path dataDir, Supplier<Outcome> open) {
        CompletableFuture<Outcome> taken = dataDir.equals(pendingDir) && pending != null ? pending : start(open);
        pending = null;
        return taken;
    }

    private static CompletableFuture<Outcome> start(Supplier<Outcome> open) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                outcome.complete(open.get());
            } catch (StoreException e) {
                outcome.complete(new Outcome(new OpenResult.Failed(e), StartLook.PLAIN));
            } catch (RuntimeException | Error e) {
                outcome.completeExceptionally(e);
            }
        }, "learnlog-open");
        thread.setDaemon(true);
        thread.start();
        return outcome;
    }
}
