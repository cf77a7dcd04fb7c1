package org.learnlog.cli;

import org.learnlog.opening.JournalOpener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** `learnlog`: with no subcommand it opens the desktop app; each subcommand works on the same journal. */
@Command(name = "learnlog", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Learnlog 0.1",
        description = "Capture what you learn, link it to your goals, export it as Markdown.")
public final class LearnlogCommand implements Runnable {
    private final JournalOpener opener;
    private final Consumer<Path> desktop;
    private final Passphrases passphrases;
    /** The journal a command line without --data-dir names for the user who runs it. */
    private final Path usersDefault;
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The journal's folder (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    public LearnlogCommand(JournalOpener opener, Consumer<Path> desktop, Path defaultDataDir, Passphrases passphrases) {
        this(opener, desktop, defaultDataDir, passphrases, defaultDataDir);
    }

    LearnlogCommand(JournalOpener opener, Consumer<Path> desktop, Path defaultDataDir, Passphrases passphrases,
                    Path usersDefault) {
        this.opener = opener;
        this.desktop = desktop;
        this.passphrases = passphrases;
        this.usersDefault = usersDefault;
        // The field's first value is what --help shows as the default.
        this.dataDir = defaultDataDir;
    }

    /** What `learnlog capture` opens when no app has the journal: the app, with quick capture over it. */
    private Consumer<Path> capture;

    @Override
    public void run() {
        desktop.accept(dataDir());
    }

    /** Opens the app with the quick-capture window; without a way to, the app alone. */
    void capture() {
        (capture == null ? desktop : capture).accept(dataDir());
    }

    void capturing(Consumer<Path> opens) {
        this.capture = opens;
    }

    Path dataDir() {
        return dataDir;
    }

    /**
     * A command line for the user to run on this journal, such as {@code learnlog restore FILE --yes}:
     * it names the journal with --data-dir unless it is the one the user's default is.
     */
    String command(String... args) {
        List<String> words = new ArrayList<>(List.of("learnlog"));
        words.addAll(List.of(args));
        if (!sameFolder(dataDir, usersDefault)) {
            words.addAll(List.of("--data-dir", dataDir.toAbsolutePath().normalize().toString()));
        }
        return ShellWords.join(words);
    }

    private static boolean sameFolder(Path one, Path other) {
        return other != null && one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }

    JournalOpener opener() {
        return opener;
    }

    Passphrases passphrases() {
        return passphrases;
    }
}
