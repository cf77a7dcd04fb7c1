package org.learnlog.cli;

import org.learnlog.opening.OwnerListeningException;
import java.lang.System.Logger.Level;
import org.learnlog.service.FileExistsException;
import org.learnlog.service.FileWriteException;
import org.learnlog.service.InvalidInputException;
import org.learnlog.store.DamagedJournalException;
import org.learnlog.store.JournalLockedException;
import org.learnlog.store.StoreException;
import org.learnlog.store.WrongPassphraseException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns a failed command into one plain line on stderr and the matching exit code; no stack traces.
 * Where a command helps next, the line ends with it, written for the journal at hand.
 */
final class CliErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof OwnerListeningException) {
            // Not a failure yet: the command is handed to the owner, which answers for it.
            return ExitCodes.OWNER_LISTENING;
        }
        LearnlogCommand root = (LearnlogCommand) command.getCommandSpec().root().userObject();
        command.getErr().println("learnlog: " + e.getMessage() + nextStep(e, root));
        if (e instanceof JournalLockedException || e instanceof JournalInUseException) {
            return ExitCodes.JOURNAL_IN_USE;
        }
        if (e instanceof InvalidInputException || e instanceof WrongPassphraseException) {
            return ExitCodes.BAD_INPUT;
        }
        if (!(e instanceof StoreException || e instanceof FileWriteException || e instanceof NoWindowException)) {
            // Looked up only now: the logging system's start weighs on every command.
            System.getLogger(CliErrors.class.getName()).log(Level.ERROR, "Unexpected failure", e);
        }
        return ExitCodes.FAILED;
    }

    private static String nextStep(Exception e, LearnlogCommand root) {
        if (e instanceof FileExistsException exists) {
            return " Add --force to write over " + (exists.files().size() == 1 ? "it." : "them.");
        }
        if (e instanceof DamagedJournalException damaged && damaged.newestBackup().isPresent()) {
            return " To restore it: " + root.command("restore", damaged.newestBackup().get().toString(), "--yes");
        }
        if (e instanceof InvalidInputException invalid && invalid.suggestion().isPresent()) {
            InvalidInputException.Suggestion suggestion = invalid.suggestion().get();
            return " `" + root.command(suggestion.args().toArray(String[]::new)) + "` " + suggestion.does() + ".";
        }
        return "";
    }
}
