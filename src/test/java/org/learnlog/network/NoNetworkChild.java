package org.learnlog.network;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.learnlog.app.JournalAssembly;
import org.learnlog.cli.Cli;
import org.learnlog.cli.HandOff;
import org.learnlog.opening.JournalOpener;
import org.learnlog.handoff.OwnerSocket;
import org.learnlog.service.JournalServices;

/**
 * Runs the CLI's main commands with a security manager that notes every socket permission asked
 * for (connect, listen, accept, resolve) and allows all else; prints each as "SOCKET …", then "DONE".
 * Run as its own JVM with -Djava.security.manager=allow, so no other code shares the manager.
 */
public final class NoNetworkChild {
    private static final List<String> ASKED = new CopyOnWriteArrayList<>();

    private NoNetworkChild() {
    }

    /** A command handed to an owner over the Unix-domain socket, as `learnlog list` does while the app is open. */
    private static int handOff(Path dataDir, Path work) {
        try (JournalServices services = JournalAssembly.open(dataDir, Clock.systemUTC())) {
            Cli owner = new Cli(JournalOpener.lending(services, dataDir), dir -> { }, dataDir);
            try (OwnerSocket socket = OwnerSocket.listen(dataDir,
                    (request, out, err) -> owner.runIn(request.workingDir(), out, err, request.args()))) {
                Cli later = new Cli(dir -> JournalAssembly.open(dir, Clock.systemUTC()), dir -> { }, dataDir);
                return HandOff.run(later, work, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                        "list");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        Path work = Path.of(args[1]);
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission) {
                    ASKED.add(permission.getName() + " " + permission.getActions());
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
        // The watch itself works: resolving a name asks for a socket permission (localhost needs no DNS).
        try {
            java.net.InetAddress.getByName("localhost");
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        System.out.println(ASKED.isEmpty() ? "SELF-CHECK failed" : "SELF-CHECK ok");
        ASKED.clear();
        Cli cli = new Cli(dir -> JournalAssembly.open(dir, Clock.systemUTC()), dir -> { }, dataDir);
        String export = work.resolve("export").toString();
        List<String[]> commands = List.of(
                new String[] {"add", "Rebase before you open the PR #git"},
                new String[] {"goals", "add", "--title", "Review speed", "--metric", "turnaround", "--unit", "h",
                    "--baseline", "20", "--target", "10", "--due", "2099-12-31", "--lower-is-better"},
                new String[] {"checkin", "review-speed", "15"},
                new String[] {"list"}, new String[] {"search", "rebase"}, new String[] {"goals"}, new String[] {"review"},
                new String[] {"aid", "--template", "checklist", "--tag", "git", "--to", work.resolve("aid.md").toString()},
                new String[] {"export", "--to", export}, new String[] {"import", "--from", export},
                new String[] {"backup"}, new String[] {"reindex"});
        for (String[] command : commands) {
            StringWriter err = new StringWriter();
            int code = cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), command);
            System.out.println("RAN " + command[0] + " " + code + (code == 0 ? "" : " " + err.toString().strip()));
        }
        System.out.println("RAN hand-off " + handOff(dataDir, work));
        ASKED.forEach(asked -> System.out.println("SOCKET " + asked));
        System.out.println("DONE");
        System.exit(0);
    }
}
