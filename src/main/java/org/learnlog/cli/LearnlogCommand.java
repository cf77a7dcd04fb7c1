package org.learnlog.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** `learnlog`: with no subcommand it opens the desktop app; each subcommand works on the same journal. */
@Command(name = "learnlog", mixinStandardHelpOptions = true, version = "Learnlog 0.1",
        description = "Capture what you learn, link it to your goals, export it as Markdown.",
        subcommands = {AddCommand.class, ListCommand.class, ShowCommand.class, ExportCommand.class, ImportCommand.class,
                AidCommand.class, GoalsCommand.class, CheckInCommand.class, ReviewCommand.class, SearchCommand.class,
                ReindexCommand.class, BackupCommand.class, RestoreCommand.class, DeleteCommand.class,
                TrashCommand.class, HistoryCommand.class, EncryptCommand.class})
public final class LearnlogCommand implements Runnable {
    private final JournalOpener opener;
    private final Consumer<Path> desktop;
    private final Passphrases passphrases;
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The journal's folder (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    public LearnlogCommand(JournalOpener opener, Consumer<Path> desktop, Path defaultDataDir, Passphrases passphrases) {
        this.opener = opener;
        this.desktop = desktop;
        this.passphrases = passphrases;
        // The field's first value is what --help shows as the default.
        this.dataDir = defaultDataDir;
    }

    @Override
    public void run() {
        desktop.accept(dataDir());
    }

    Path dataDir() {
        return dataDir;
    }

    JournalOpener opener() {
        return opener;
    }

    Passphrases passphrases() {
        return passphrases;
    }
}
