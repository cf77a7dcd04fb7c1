package org.learnlog.store.library;

import org.learnlog.store.StoreException;

/** The library's remote could not be reached, or refused the user: offline, a wrong address, no access. */
public final class LibraryUnreachableException extends StoreException {
    public LibraryUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
