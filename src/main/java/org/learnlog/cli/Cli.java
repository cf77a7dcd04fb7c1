package org.learnlog.cli;

import org.learnlog.opening.JournalOpener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Runs one `learnlog …` command line and returns its exit code. */
public final class Cli {
    private final JournalOpener opener;
    private final Consumer<Path> desktop;
    private final Path defaultDataDir;
    private final Passphrases passphrases;
    /** The journal a command line without --data-dir names where the user types it. */
    private final Path usersDefault;
    private Consumer<Path> capture;

    public Cli(JournalOpener opener, Consumer<Path> desktop, Path defaultDataDir) {
        this(opener, desktop, defaultDataDir, Passphrases.system());
    }

    /** {@code passphrases} gives `encrypt` its new passphrase; the opener finds an encrypted journal's own. */
    public Cli(JournalOpener opener, Consumer<Path> desktop, Path defaultDataDir, Passphrases passphrases) {
        this(opener, desktop, defaultDataDir, passphrases, defaultDataDir);
    }

    private Cli(JournalOpener opener, Consumer<Path> desktop, Path defaultDataDir, Passphrases passphrases,
                Path usersDefault) {
        this.opener = opener;
        this.desktop = desktop;
        this.defaultDataDir = defaultDataDir;
        this.passphrases = passphrases;
        this.usersDefault = usersDefault;
    }

    /**
     * The CLI of the process that owns the journal in {@code dataDir}, for command lines that later
     * processes hand over: one without --data-dir means that journal, while the commands it prints for
     * the user name the journal unless it is {@code usersDefault}, the one the user's own would be.
     */
    public static Cli owner(JournalOpener lending, Consumer<Path> desktop, Path dataDir, Path usersDefault) {
        return new Cli(lending, desktop, dataDir, Passphrases.system(), usersDefault);
    }

    /** What `learnlog capture` opens when no app has the journal open: the app, with its quick capture. */
    public Cli capturing(Consumer<Path> opens) {
        this.capture = opens;
        return this;
    }

    private LearnlogCommand root() {
        LearnlogCommand root = new LearnlogCommand(opener, desktop, defaultDataDir, passphrases, usersDefault);
        root.capturing(capture);
        return root;
    }

    public int run(PrintWriter out, PrintWriter err, String... args) {
        return prepare(args).run(out, err);
    }

    /** {@code args} parsed once, for a caller that asks what they name before it runs them. */
    public Prepared prepare(String... args) {
        LearnlogCommand root = root();
        CommandLine commandLine = commandLine(root, args);
        return new Prepared(commandLine, args, parse(commandLine, args).map(parsed -> new Parsed(root.dataDir(),
                Optional.ofNullable(parsed.subcommand()).map(sub -> sub.commandSpec().name()))));
    }

    /** A command line parsed, not yet run. */
    public static final class Prepared {
        private final CommandLine commandLine;
        private final String[] args;
        private final Optional<Parsed> parsed;

        private Prepared(CommandLine commandLine, String[] args, Optional<Parsed> parsed) {
            this.commandLine = commandLine;
            this.args = args;
            this.parsed = parsed;
        }

        /** What it asks for; empty for help, the version, or a command line that does not parse. */
        public Optional<Parsed> parsed() {
            return parsed;
        }

        /** Runs it, printing to {@code out} and {@code err}, and returns its exit code. */
        public int run(PrintWriter out, PrintWriter err) {
            return execute(commandLine.setOut(TerminalSafeWriter.over(out)).setErr(TerminalSafeWriter.over(err)), args);
        }
    }

    /**
     * Runs a command line typed in another folder, {@code workingDir}, as the owner of a journal does
     * for a later process: a relative path in it means a path in that folder.
     */
    public int runIn(Path workingDir, PrintWriter out, PrintWriter err, List<String> args) {
        CommandLine commandLine = commandLine(out, err, args.toArray(String[]::new));
        commandLine.registerConverter(Path.class, text -> workingDir.resolve(text));
        return execute(commandLine, args.toArray(String[]::new));
    }

    /** What a command line asks for: the journal it works on, and its command, empty to open the app. */
    public record Parsed(Path journal, Optional<String> command) {
    }

    /**
     * What {@code args} ask for, or empty for a command line that needs no journal: one asking for
     * help or the version, or one that does not parse (its run says why).
     */
    public Optional<Parsed> parse(List<String> args) {
        return prepare(args.toArray(String[]::new)).parsed();
    }

    /**
     * What a command line runs, as another process waiting for the journal is told: "learnlog add",
     * or "the Learnlog app" for none.
     */
    public static String describe(List<String> args) {
        // From the words alone: the command line is parsed once, by the command itself.
        return Subcommands.named(args.toArray(String[]::new)).map(name -> "learnlog " + name).orElse("the Learnlog app");
    }

    private static Optional<ParseResult> parse(CommandLine commandLine, String... args) {
        try {
            ParseResult top = commandLine.parseArgs(args);
            for (ParseResult parsed = top; parsed != null; parsed = parsed.subcommand()) {
                if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                    return Optional.empty();
                }
            }
            return Optional.of(top);
        } catch (ParameterException e) {
            return Optional.empty();
        }
    }

    private CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(root(), args)
                .setOut(TerminalSafeWriter.over(out)).setErr(TerminalSafeWriter.over(err));
    }

    /** The parser with every subcommand, as `learnlog --help` sees it. */
    static CommandLine everyCommand(LearnlogCommand root) {
        return commandLine(root);
    }

    /**
     * The parser for {@code args}: with only the subcommand they name, when they name one, since
     * building all of them slowed every short command; none for the version; else with all of them.
     */
    private static CommandLine commandLine(LearnlogCommand root, String... args) {
        CommandLine commandLine = new CommandLine(root);
        Optional<String> named = Subcommands.named(args);
        boolean none = Subcommands.versionOnly(args);
        Subcommands.ALL.forEach((name, type) -> {
            if (!none && (named.isEmpty() || named.get().equals(name))) {
                commandLine.addSubcommand(name, type);
            }
        });
        // After the subcommands: picocli hands these settings to the subcommands there are at the time.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CliErrors())
                .setParameterExceptionHandler(new UsageErrors());
        CliConverters.register(commandLine);
        // A query's -word excludes a word, as the search syntax has it: it is no option.
        Optional.ofNullable(commandLine.getSubcommands().get("search")).ifPresent(search -> search
                .setUnmatchedOptionsArePositionalParams(true).setPosixClusteredShortOptionsAllowed(false));
        return commandLine;
    }

    private static int execute(CommandLine commandLine, String... args) {
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }
}
