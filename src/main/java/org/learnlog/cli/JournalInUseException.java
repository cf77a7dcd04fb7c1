package org.learnlog.cli;

/** The command needs the journal closed, and a Learnlog window has it open: exit code 3. */
final class JournalInUseException extends RuntimeException {
    JournalInUseException(String message) {
        super(message);
    }
}
