package org.learnlog.store;

/** The journal is encrypted, and no passphrase, or a wrong one, was given. Nothing was changed. */
public final class WrongPassphraseException extends StoreException {
    private final boolean given;

    WrongPassphraseException(boolean given, Throwable cause) {
        super(given ? "That passphrase does not open this journal. Nothing was changed; try again."
                : "This journal is encrypted: Learnlog needs its passphrase to open it.", cause);
        this.given = given;
    }

    /** False when none was given, as when a command is run without one. */
    public boolean given() {
        return given;
    }
}
