package org.learnlog.opening;

import org.learnlog.service.JournalServices;
import org.learnlog.store.DamagedJournalException;
import org.learnlog.store.StoreException;

/** What opening a journal came to: the one state the app goes on from. */
public sealed interface OpenResult {

    /** The journal is open. */
    record Opened(JournalServices services) implements OpenResult {
    }

    /** The journal is encrypted and its passphrase is wanted; {@code error} says why the last one failed, or is empty. */
    record NeedsPassphrase(String error) implements OpenResult {
    }

    /** Another Learnlog owns the journal and listens: it has been asked to come forward. */
    record HandedOver() implements OpenResult {
    }

    /** The journal file looks damaged; it was left as it is, and a backup may be restored. */
    record Damaged(DamagedJournalException problem) implements OpenResult {
    }

    /** The journal can't be opened for another reason, which the message says. */
    record Failed(StoreException problem) implements OpenResult {
    }
}
