package org.learnlog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.learnlog.handoff.OwnerClient;
import org.learnlog.handoff.Request;
import org.learnlog.service.JournalImport;

/**
 * `learnlog` with no command, as the desktop menu starts it: the app, on the journal `--data-dir` names
 * or the default one, handed to the app that has it open if one has. It needs no command-line parser,
 * whose first use is a large part of a short start (docs/performance.md).
 */
public final class DesktopStart {
    private static final String DATA_DIR = "--data-dir";

    private DesktopStart() {
    }

    /** The journal {@code args} open the app on, if they ask for nothing but the app. */
    public static Optional<Path> journal(List<String> args, Path defaultDataDir) {
        if (args.isEmpty()) {
            return Optional.of(defaultDataDir);
        }
        if (args.size() == 2 && args.get(0).equals(DATA_DIR) && !args.get(1).startsWith("-")) {
            return Optional.of(Path.of(args.get(1)).toAbsolutePath());
        }
        if (args.size() == 1 && args.get(0).startsWith(DATA_DIR + "=") && args.get(0).length() > DATA_DIR.length() + 1) {
            return Optional.of(Path.of(args.get(0).substring(DATA_DIR.length() + 1)).toAbsolutePath());
        }
        return Optional.empty();
    }

    /**
     * The Markdown file {@code args} are, when they are nothing else: how a file manager opens a file
     * with Learnlog, which imports it and shows the app.
     */
    public static Optional<Path> openedFile(List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("-") || Subcommands.ALL.containsKey(args.get(0))) {
            return Optional.empty();
        }
        Path file = Path.of(args.get(0)).toAbsolutePath();
        return JournalImport.isMarkdownFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Brings the app that has {@code journal} open to the front, or starts one on it; returns the exit code. */
    public static int run(Path journal, List<String> args, PrintWriter out, PrintWriter err, Consumer<Path> desktop) {
        try {
            Optional<Integer> handed = OwnerClient.send(journal, new Request(Path.of("").toAbsolutePath(), args),
                    out, err);
            if (handed.isPresent()) {
                return handed.get();
            }
            desktop.accept(journal);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("learnlog: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (NoWindowException e) {
            err.println("learnlog: " + e.getMessage());
            return ExitCodes.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
