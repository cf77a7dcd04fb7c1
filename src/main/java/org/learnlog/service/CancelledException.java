package org.learnlog.service;

/** The user cancelled long work; the message says what was already done (whole files only). */
public final class CancelledException extends RuntimeException {

    public CancelledException(String whatWasDone) {
        super(whatWasDone);
    }
}
