package org.learnlog.ui;

import org.learnlog.service.Backup;
import org.learnlog.ui.journal.JournalFileActions;

/** For a window whose test never replaces its journal's file: asking to is a failure of the test. */
public class NoFileActions implements JournalFileActions {
    @Override
    public void restore(Backup backup) {
        throw new AssertionError("this test restores no backup");
    }

    @Override
    public void encrypt(String passphrase) {
        throw new AssertionError("this test encrypts no journal");
    }
}
