package org.learnlog.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learnlog opens no network socket: the CLI's main commands, and one handed to an owner over the
 * Unix-domain socket, run in a JVM that notes every network socket asked for.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    @Test
    void theMainCommandsAskForNoSocket() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Djava.security.manager=allow", "-cp", System.getProperty("java.class.path"),
                NoNetworkChild.class.getName(), dir.resolve("journal").toString(), dir.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("RAN ") || line.startsWith("SOCKET ") || line.startsWith("SELF-CHECK")
                        || line.equals("DONE")).toList();
        child.waitFor();

        assertEquals(List.of("SELF-CHECK ok", "RAN add 0", "RAN goals 0", "RAN checkin 0", "RAN list 0", "RAN search 0", "RAN goals 0",
                "RAN review 0", "RAN aid 0", "RAN export 0", "RAN import 0", "RAN backup 0", "RAN reindex 0", "RAN hand-off 0", "DONE"), lines);
    }
}
