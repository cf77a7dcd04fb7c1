package org.learnlog.store;

import org.learnlog.model.JournalKey;

/** How a journal key reaches H2: {@code CIPHER=AES} in the URL, and the file password before the user's. */
final class H2Cipher {
    private H2Cipher() {
    }

    static String urlOptions(JournalKey key) {
        return key.present() ? ";CIPHER=AES" : "";
    }

    /** The file password, a space, and the user's password, which is empty. */
    static String password(JournalKey key) {
        return key.present() ? key.filePassword() + " " : "";
    }
}
