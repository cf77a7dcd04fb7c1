package org.learnlog.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.learnlog.app.JournalAssembly;

/** Runs `learnlog` in-process on real journal files, the way a terminal would, and keeps what it printed. */
final class CliRun {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:40:00Z"), ZoneOffset.UTC);

    final int code;
    final String out;
    final String err;

    private CliRun(int code, String out, String err) {
        this.code = code;
        this.out = out;
        this.err = err;
    }

    static CliRun of(Path defaultDataDir, List<Path> desktopLaunches, String... args) {
        return run(CLOCK, defaultDataDir, desktopLaunches, args);
    }

    /** Runs as if it were 09:40 UTC on {@code day}. */
    static CliRun on(LocalDate day, Path defaultDataDir, String... args) {
        Clock clock = Clock.fixed(day.atTime(9, 40).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return run(clock, defaultDataDir, new ArrayList<>(), args);
    }

    private static CliRun run(Clock clock, Path defaultDataDir, List<Path> desktopLaunches, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(dir -> JournalAssembly.open(dir, clock), desktopLaunches::add, defaultDataDir);
        int code = cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args} on the journal in {@code journal}, as if {@code --data-dir journal} were typed last. */
    static CliRun in(Path journal, String... args) {
        return of(journal.resolveSibling("unused-default"), withDataDir(journal, args));
    }

    /** As {@link #in}, at 09:40 UTC on {@code day}. */
    static CliRun in(Path journal, LocalDate day, String... args) {
        return on(day, journal.resolveSibling("unused-default"), withDataDir(journal, args));
    }

    private static String[] withDataDir(Path journal, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = journal.toString();
        return all;
    }

    static CliRun of(Path defaultDataDir, String... args) {
        return of(defaultDataDir, new ArrayList<>(), args);
    }

    List<String> lines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
}
