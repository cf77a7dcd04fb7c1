package org.learnlog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.learnlog.handoff.OwnerClient;
import org.learnlog.handoff.Request;
import org.learnlog.store.JournalLockedException;

/**
 * `learnlog …` as a terminal runs it: a command line whose journal another process owns (the open
 * app) is handed to that process and runs there, so a note added here shows in its window at once and
 * a second launch only brings its window forward; any other runs here.
 */
public final class HandOff {
    private HandOff() {
    }

    /** Runs {@code args}, typed in {@code workingDir}, in the journal's owner or here; returns the exit code. */
    public static int run(Cli cli, Path workingDir, PrintWriter out, PrintWriter err, String... args) {
        Cli.Prepared prepared = cli.prepare(args);
        Optional<Path> journal = prepared.parsed().map(Cli.Parsed::journal);
        if (journal.isEmpty()) {
            return prepared.run(out, err);
        }
        Request request = new Request(workingDir, List.of(args));
        Optional<Integer> handed = send(journal.get(), request, out, err);
        if (handed.isPresent()) {
            return handed.get();
        }
        int code = prepared.run(out, err);
        if (code != ExitCodes.OWNER_LISTENING) {
            return code;
        }
        // The journal was held while the app started; it listens now.
        return send(journal.get(), request, out, err).orElseGet(() -> {
            err.println("learnlog: " + JournalLockedException.MESSAGE);
            err.flush();
            return ExitCodes.JOURNAL_IN_USE;
        });
    }

    private static Optional<Integer> send(Path dataDir, Request request, PrintWriter out, PrintWriter err) {
        try {
            return OwnerClient.send(dataDir, request, out, err);
        } catch (IOException e) {
            err.println("learnlog: " + e.getMessage());
            err.flush();
            return Optional.of(ExitCodes.FAILED);
        }
    }
}
