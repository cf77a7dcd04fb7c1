package org.learnlog.cli;

import java.lang.System.Logger.Level;
import org.learnlog.service.InvalidInputException;
import org.learnlog.store.JournalLockedException;
import org.learnlog.store.StoreException;
import org.learnlog.store.WrongPassphraseException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Turns a failed command into one plain line on stderr and the matching exit code; no stack traces. */
final class CliErrors implements IExecutionExceptionHandler {
    private static final System.Logger LOG = System.getLogger(CliErrors.class.getName());

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof OwnerListeningException) {
            // Not a failure yet: the command is handed to the owner, which answers for it.
            return ExitCodes.OWNER_LISTENING;
        }
        command.getErr().println("learnlog: " + e.getMessage());
        if (e instanceof JournalLockedException || e instanceof JournalInUseException) {
            return ExitCodes.JOURNAL_IN_USE;
        }
        if (e instanceof InvalidInputException || e instanceof WrongPassphraseException) {
            return ExitCodes.BAD_INPUT;
        }
        if (!(e instanceof StoreException)) {
            LOG.log(Level.ERROR, "Unexpected failure", e);
        }
        return ExitCodes.FAILED;
    }
}
