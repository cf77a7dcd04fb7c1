package org.learnlog;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.learnlog.app.CaptureAtStart;
import org.learnlog.app.DesktopApp;
import org.learnlog.app.JournalAssembly;
import org.learnlog.cli.Cli;
import org.learnlog.cli.DesktopStart;
import org.learnlog.cli.ExitCodes;
import org.learnlog.cli.HandOff;
import org.learnlog.cli.Passphrases;
import org.learnlog.opening.PatientOpener;
import org.learnlog.store.DataDirectory;

/**
 * Learnlog's entry point: with no arguments it opens the desktop app on the default journal; with
 * arguments it runs the command line. Either is handed to the process that has the journal open, if
 * one has. It does not extend Application, so the jar runs on a classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        Optional<Path> app = DesktopStart.journal(List.of(args), DataDirectory.defaultLocation());
        if (app.isPresent()) {
            System.exit(DesktopStart.run(app.get(), List.of(args), out, err, DesktopApp::launch));
        }
        Optional<Path> opened = DesktopStart.openedFile(List.of(args));
        String[] command = opened.map(file -> new String[] {"import", "--from", file.toString()}).orElse(args);
        Passphrases passphrases = Passphrases.system();
        String holder = Cli.describe(List.of(command));
        PatientOpener opener = new PatientOpener(dir -> JournalAssembly.openForCommand(dir, Clock.systemDefaultZone(),
                passphrases.forJournal(dir), holder), PatientOpener.COMMAND_PATIENCE, said -> {
                    err.println("learnlog: " + said);
                    err.flush();
                });
        Cli cli = new Cli(opener, DesktopApp::launch, DataDirectory.defaultLocation(), passphrases)
                .capturing(CaptureAtStart::launch);
        int code = HandOff.run(cli, Path.of(""), out, err, command);
        if (opened.isPresent() && code == ExitCodes.OK) {
            // Then the app, or the one that has the journal open, shows what came in.
            code = DesktopStart.run(DataDirectory.defaultLocation(), List.of(), out, err, DesktopApp::launch);
        }
        System.exit(code);
    }
}
