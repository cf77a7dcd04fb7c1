package org.learnlog.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "capture", description = {"Open the quick-capture window: one line, text #tag +goal !kind, saved on Enter.",
        "In the app that has the journal open, or in the app, started for it."})
final class CaptureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ((LearnlogCommand) spec.root().userObject()).capture();
        return ExitCodes.OK;
    }
}
