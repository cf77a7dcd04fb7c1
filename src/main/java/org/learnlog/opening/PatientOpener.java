package org.learnlog.opening;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.learnlog.handoff.OwnerClient;
import org.learnlog.service.JournalServices;
import org.learnlog.store.JournalLockedException;

/**
 * Waits its turn for a journal that another process holds: another command (commands queue, each
 * taking the journal in turn), a process killed a moment ago whose lock has not cleared yet, or the
 * app, still starting, that will listen for hand-offs once it has the journal open. It says whom it
 * waits for after {@link #NOTICE_AFTER}, gives up after its patience, and stops as soon as an owner
 * listens, so the command can be handed to it.
 */
public final class PatientOpener implements JournalOpener {
    /** How long a command waits for its turn before it gives up with exit code 3. */
    public static final Duration COMMAND_PATIENCE = Duration.ofSeconds(60);
    static final Duration NOTICE_AFTER = Duration.ofSeconds(2);
    private static final Duration PAUSE = Duration.ofMillis(100);

    private final JournalOpener opener;
    private final Duration patience;
    private final Consumer<String> notice;

    /** Waits up to {@link #COMMAND_PATIENCE}, silently. */
    public PatientOpener(JournalOpener opener) {
        this(opener, COMMAND_PATIENCE, said -> { });
    }

    /** {@code notice} hears, once, that the wait has begun and whom it is for. */
    public PatientOpener(JournalOpener opener, Duration patience, Consumer<String> notice) {
        this.opener = opener;
        this.patience = patience;
        this.notice = notice;
    }

    @Override
    public JournalServices open(Path dataDir) {
        return whenFree(dataDir, () -> opener.open(dataDir));
    }

    @Override
    public <T> T whenFree(Path dataDir, Supplier<T> work) {
        long start = System.nanoTime();
        boolean told = false;
        while (true) {
            try {
                return work.get();
            } catch (JournalLockedException e) {
                if (OwnerClient.ownerListening(dataDir)) {
                    throw new OwnerListeningException(e);
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (waited.compareTo(patience) > 0) {
                    throw e;
                }
                if (!told && waited.compareTo(NOTICE_AFTER) >= 0) {
                    notice.accept("waiting for the journal" + e.holder().map(who -> " (held by " + who + ")").orElse("")
                            + "…");
                    told = true;
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
