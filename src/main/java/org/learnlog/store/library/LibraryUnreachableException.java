package org.learnlog.store.library;

import org.learnlog.store.StoreException;

/** The library's remote could not be reached, or refused the user: offline, a wrong address, no access. */
public final class LibraryUnreachableException extends StoreException {
    private static final String NOTHING_LOST = "nothing was lost";
    private final Reason reason;

    /** Why: the network or address, or the remote refusing the user's token, their SSH key, or its own key. */
    private enum Reason { NETWORK, TOKEN, SSH_KEY, HOST_KEY }

    public LibraryUnreachableException(String message, Throwable cause) {
        this(Reason.NETWORK, message, cause);
    }

    private LibraryUnreachableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Whether the remote wants a token, or a new one: the app then asks for it. */
    public boolean wantsToken() {
        return reason == Reason.TOKEN;
    }

    /** What went wrong reaching {@code remote}, said as what the user can do about it. */
    static LibraryUnreachableException of(String remote, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String why = e.getMessage() + " " + cause.getMessage();
        if (why.contains("not authorized") || why.contains("Authentication is required") || why.contains("401")) {
            return new LibraryUnreachableException(Reason.TOKEN, "The library " + remote + " did not let you in: it wants a token, "
                    + "or the one given is wrong. Put the token in a file only you can read and add the library with "
                    + "--token-file FILE; " + NOTHING_LOST + ".", e);
        }
        if (why.contains("Cannot log in")) {
            return new LibraryUnreachableException(Reason.SSH_KEY, "The library " + remote + " did not let you in with your SSH key. "
                    + "Add your public key (~/.ssh/id_*.pub) to your account on the server, or load the key into "
                    + "ssh-agent; " + NOTHING_LOST + ".", e);
        }
        if (why.contains("host key") || why.contains("did not validate")) {
            return new LibraryUnreachableException(Reason.HOST_KEY, "The server of " + remote + " is not in ~/.ssh/known_hosts, or its "
                    + "key has changed. Connect once with ssh to check and keep its key; " + NOTHING_LOST + ".", e);
        }
        return new LibraryUnreachableException("Can't reach the library " + remote + ": " + firstLine(cause.getMessage())
                + ". Check the address and the network; " + NOTHING_LOST + ", and the next sync tries again.", e);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
