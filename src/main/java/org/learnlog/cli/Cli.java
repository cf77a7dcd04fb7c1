package org.learnlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs one `learnlog …` command line and returns its exit code. */
public final class Cli {
    private final JournalOpener opener;
    private final Consumer<Path> desktop;
    private final Path defaultDataDir;

    public Cli(JournalOpener opener, Consumer<Path> desktop, Path defaultDataDir) {
        this.opener = opener;
        this.desktop = desktop;
        this.defaultDataDir = defaultDataDir;
    }

    public int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new LearnlogCommand(opener, desktop, defaultDataDir))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CliErrors());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
