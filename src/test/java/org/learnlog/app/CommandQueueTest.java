package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.Main;
import org.learnlog.store.SecondProcess;

/** Commands that run at once on one journal queue for it, each in turn, instead of being refused. */
class CommandQueueTest {
    @TempDir
    Path dir;

    @Test
    void twentyAddsStartedTogetherAllSucceed() throws Exception {
        String journal = dir.resolve("journal").toString();
        LearnlogProcess.run(dir, "add", "First", "--data-dir", journal);

        List<CompletableFuture<LearnlogProcess>> adds = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String title = "Note " + i;
            adds.add(CompletableFuture.supplyAsync(() -> run(dir, "add", title, "--data-dir", journal)));
        }

        for (CompletableFuture<LearnlogProcess> add : adds) {
            LearnlogProcess done = add.get(3, TimeUnit.MINUTES);
            assertEquals(0, done.code(), done.err());
        }
        assertEquals(21, LearnlogProcess.run(dir, "list", "--data-dir", journal).out().lines().count());
    }

    @Test
    void aCommandWaitsForTheProcessThatHoldsTheJournalAndSaysWhom() throws Exception {
        Path journal = dir.resolve("journal");
        Process add;
        String waiting;
        try (SecondProcess holder = SecondProcess.holding(journal)) {
            add = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "add", "Queued", "--data-dir",
                    journal.toString()).start();
            add.getOutputStream().close();
            // Reads until the notice: the holder lets go only once the command has said whom it waits for.
            waiting = new BufferedReader(new InputStreamReader(add.getErrorStream(), StandardCharsets.UTF_8)).readLine();
        }

        assertTrue(add.waitFor(2, TimeUnit.MINUTES));
        assertTrue(waiting.matches("learnlog: waiting for the journal \\(held by Learnlog, pid \\d+\\)…"), waiting);
        assertEquals(0, add.exitValue());
        assertTrue(LearnlogProcess.run(dir, "list", "--data-dir", journal.toString()).out().contains("Queued"));
    }

    private static LearnlogProcess run(Path workingDir, String... args) {
        try {
            return LearnlogProcess.run(workingDir, args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
