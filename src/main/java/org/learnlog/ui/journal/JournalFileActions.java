package org.learnlog.ui.journal;

import org.learnlog.service.Backup;

/**
 * What replaces the journal's file while the window is open: the app closes the journal, does it,
 * and opens the result in the same window. The window saves the note on screen first.
 */
public interface JournalFileActions {
    void restore(Backup backup);

    void encrypt(String passphrase);
}
