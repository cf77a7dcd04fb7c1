package org.learnlog.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A command line that does not parse: what is wrong in one line, and where the help is, not a page of usage. */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("learnlog: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("'" + command.getCommandSpec().qualifiedName() + " --help' shows what it takes.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
