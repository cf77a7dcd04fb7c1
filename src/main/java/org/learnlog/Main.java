package org.learnlog;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.learnlog.app.DesktopApp;
import org.learnlog.app.JournalAssembly;
import org.learnlog.cli.Cli;
import org.learnlog.store.DataDirectory;

/**
 * Learnlog's entry point: with no arguments it opens the desktop app on the default journal; with
 * arguments it runs the command line. It does not extend Application, so the jar runs on a classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.launch(DataDirectory.defaultLocation());
            return;
        }
        Cli cli = new Cli(dir -> JournalAssembly.open(dir, Clock.systemDefaultZone()), DesktopApp::launch,
                DataDirectory.defaultLocation());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(cli.run(out, err, args));
    }
}
