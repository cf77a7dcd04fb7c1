package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that works on the journal: opens it, runs, and lets it go so the file is free again. */
abstract class JournalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        LearnlogCommand root = (LearnlogCommand) spec.root().userObject();
        JournalServices services = root.opener().open(root.dataDir());
        try {
            run(services, spec.commandLine().getOut());
        } finally {
            root.opener().release(services);
        }
        return exitCode();
    }

    abstract void run(JournalServices services, PrintWriter out);

    /** What the command exits with once it has run: {@link ExitCodes#OK} unless it left something out. */
    int exitCode() {
        return ExitCodes.OK;
    }
}
