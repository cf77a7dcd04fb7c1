package org.learnlog.opening;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import org.learnlog.service.JournalEncryption;
import org.learnlog.store.DamagedJournalException;
import org.learnlog.store.JournalLockedException;
import org.learnlog.store.StoreException;
import org.learnlog.store.WrongPassphraseException;

/**
 * Opens a journal for the desktop app and says what it came to as one {@link OpenResult}: open, a
 * passphrase wanted, handed over to the Learnlog that has it, damaged, or failed. It waits a while
 * for another process that holds the journal, as commands do.
 */
public final class JournalOpening {
    private static final System.Logger LOG = System.getLogger(JournalOpening.class.getName());
    /** A command that has the journal (a long import, say) is waited for this long before the window says so. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final PatientOpener opener;

    /** {@code opener} opens the journal with the passphrase the app has. */
    public JournalOpening(JournalOpener opener) {
        this.opener = new PatientOpener(opener, PATIENCE, said -> { });
    }

    /** The state a start begins in: an encrypted journal waits for its passphrase, any other is opened. */
    public OpenResult start(Path dataDir) {
        return JournalEncryption.encrypted(dataDir) ? new OpenResult.NeedsPassphrase("") : open(dataDir);
    }

    public OpenResult open(Path dataDir) {
        try {
            return new OpenResult.Opened(opener.open(dataDir));
        } catch (OwnerListeningException e) {
            // Launched twice at once: the other launch has the journal now.
            return new OpenResult.HandedOver();
        } catch (WrongPassphraseException e) {
            return new OpenResult.NeedsPassphrase(e.getMessage());
        } catch (DamagedJournalException e) {
            LOG.log(Level.WARNING, "The journal in " + dataDir + " looks damaged", e);
            return new OpenResult.Damaged(e);
        } catch (JournalLockedException e) {
            LOG.log(Level.INFO, "The journal in " + dataDir + " is open in another process");
            return new OpenResult.Failed(e);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Can't open the journal in " + dataDir, e);
            return new OpenResult.Failed(e);
        }
    }
}
