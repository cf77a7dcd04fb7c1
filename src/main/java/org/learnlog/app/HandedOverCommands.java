package org.learnlog.app;

import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.learnlog.cli.Cli;
import org.learnlog.cli.ExitCodes;
import org.learnlog.opening.JournalOpener;
import org.learnlog.handoff.OwnerSocket;
import org.learnlog.handoff.Request;
import org.learnlog.service.JournalServices;
import org.learnlog.store.DataDirectory;

/**
 * What the open app does with a command line a later process hands over: `learnlog add …` and the
 * rest run on the journal's writer thread, after the window's own queued saves, and the window then
 * shows what changed; a second launch of the app brings this window forward instead.
 */
final class HandedOverCommands implements OwnerSocket.Handler {
    private static final System.Logger LOG = System.getLogger(HandedOverCommands.class.getName());

    private final Cli cli;
    private final ExecutorService writer;
    private final Runnable focus;
    private final Runnable capture;
    private final Consumer<String> ran;

    /** {@code focus}, {@code capture} and {@code ran} (with the command's name) are called off the FX thread. */
    HandedOverCommands(JournalServices services, Path dataDir, ExecutorService writer, Runnable focus, Runnable capture,
                       Consumer<String> ran) {
        this.cli = Cli.owner(JournalOpener.lending(services, dataDir), dir -> focus.run(), dataDir,
                DataDirectory.defaultLocation());
        this.writer = writer;
        this.focus = focus;
        this.capture = capture;
        this.ran = ran;
    }

    @Override
    public int handle(Request request, PrintWriter out, PrintWriter err) {
        Optional<Cli.Parsed> parsed = cli.parse(request.args());
        if (parsed.isPresent() && parsed.get().command().isEmpty()) {
            focus.run();
            return ExitCodes.OK;
        }
        Optional<String> command = parsed.flatMap(Cli.Parsed::command);
        if (command.filter("capture"::equals).isPresent()) {
            // A window of this app's, not a command to run on the journal.
            capture.run();
            return ExitCodes.OK;
        }
        Future<Integer> run;
        try {
            run = writer.submit(() -> cli.runIn(request.workingDir(), out, err, request.args()));
        } catch (RejectedExecutionException e) {
            err.println("learnlog: Learnlog is closing its journal. Try again in a moment.");
            return ExitCodes.JOURNAL_IN_USE;
        }
        try {
            return run.get();
        } catch (ExecutionException e) {
            LOG.log(Level.ERROR, "A handed-over command failed", e.getCause());
            err.println("learnlog: " + e.getCause().getMessage());
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("learnlog: Learnlog is closing its journal; the command may or may not have run.");
            return ExitCodes.FAILED;
        } finally {
            command.ifPresent(ran);
        }
    }
}
