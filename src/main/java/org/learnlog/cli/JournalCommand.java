package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that works on the journal: opens it, runs, and closes it so the file is free again. */
abstract class JournalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        LearnlogCommand root = (LearnlogCommand) spec.root().userObject();
        try (JournalServices services = root.opener().open(root.dataDir())) {
            run(services, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    abstract void run(JournalServices services, PrintWriter out);
}
