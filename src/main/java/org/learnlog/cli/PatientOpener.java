package org.learnlog.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.learnlog.handoff.OwnerClient;
import org.learnlog.service.JournalServices;
import org.learnlog.store.JournalLockedException;

/**
 * Opens a journal that another process may hold for a moment: another command that is about to end,
 * a process killed a moment ago whose lock has not cleared yet (about half a second), or the app,
 * still starting, that will listen for hand-offs once it has the journal open. It tries again for a
 * few seconds, and stops as soon as an owner listens, so the command can be handed to it.
 */
public final class PatientOpener implements JournalOpener {
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final Duration PAUSE = Duration.ofMillis(200);

    private final JournalOpener opener;

    public PatientOpener(JournalOpener opener) {
        this.opener = opener;
    }

    @Override
    public JournalServices open(Path dataDir) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return opener.open(dataDir);
            } catch (JournalLockedException e) {
                if (OwnerClient.ownerListening(dataDir)) {
                    throw new OwnerListeningException(e);
                }
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                pause(e);
            }
        }
    }

    private static void pause(JournalLockedException locked) {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw locked;
        }
    }
}
