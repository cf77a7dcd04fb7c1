package org.learnlog.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;
import org.learnlog.store.JournalLockedException;

/**
 * Kills a process that is saving notes (then one that is exporting) with SIGKILL at random moments,
 * and checks after each kill that the journal opens and holds every note whose save had returned,
 * intact, and that an export never leaves a partial file. The seed makes the moments reproducible as
 * far as a kill can be: the count of acknowledged saves to wait for, and an extra pause.
 * {@code -Dlearnlog.crash.kills=200} runs the long mode.
 */
class CrashSafetyTest {
    private static final long SEED = 20261129L;
    private static final int KILLS = Integer.getInteger("learnlog.crash.kills", 20);
    private static final int EXPORT_KILLS = Math.max(3, KILLS / 5);

    @TempDir
    Path work;
    /** The journal's folder; the children's error output goes beside it. */
    private Path dir;

    @BeforeEach
    void journalFolder() {
        dir = work.resolve("journal");
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKill() throws Exception {
        Random random = new Random(SEED);
        Map<UUID, int[]> acknowledged = new LinkedHashMap<>();
        for (int run = 0; run < KILLS; run++) {
            Child child = Child.start("save", dir, run);
            int waitFor = 1 + random.nextInt(25);
            for (int seen = 0; seen < waitFor; seen++) {
                String[] ack = child.nextLine().split(" ");
                acknowledged.put(UUID.fromString(ack[1]), new int[] {run, Integer.parseInt(ack[2])});
            }
            Thread.sleep(random.nextInt(30));
            // Saves acknowledged while the kill lands count too: their commit had returned.
            int current = run;
            child.kill().forEach(line -> {
                String[] ack = line.split(" ");
                acknowledged.put(UUID.fromString(ack[1]), new int[] {current, Integer.parseInt(ack[2])});
            });
            checkJournal(acknowledged, run);
        }
    }

    @Test
    void aKilledExportLeavesOnlyWholeFiles() throws Exception {
        Random random = new Random(SEED + 1);
        saveNotes(300);
        for (int run = 0; run < EXPORT_KILLS; run++) {
            Child child = Child.start("export", dir, run);
            // One whole export first, so every run has files to check; the kill lands in the next one.
            assertEquals("EXPORTED 0", child.nextLine());
            Thread.sleep(random.nextInt(400));
            child.kill();
            int checked = 0;
            try (JournalServices services = JournalAssembly.open(dir, Clock.systemUTC())) {
                for (Path file : exportedNotes(dir.resolve("export").resolve(Integer.toString(run)))) {
                    Note note = NoteMarkdown.read(Files.readString(file));
                    assertEquals(services.notes().find(note.id()).orElseThrow(), note, file.toString());
                    checked++;
                }
            }
            assertTrue(checked >= 300, "run " + run + " checked " + checked + " exported files");
        }
    }

    @Test
    void aKilledBackupLeavesOnlyWholeBackups() throws Exception {
        Random random = new Random(SEED + 2);
        saveNotes(200);
        for (int run = 0; run < EXPORT_KILLS; run++) {
            Child child = Child.start("backup", dir, run);
            child.nextLine();
            Thread.sleep(random.nextInt(300));
            child.kill();
            // The rotation keeps the newest of each day, so older ones of today go once a newer one is whole.
            try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
                List<Path> zips = files.filter(f -> f.getFileName().toString().endsWith(".zip")
                        && !f.getFileName().toString().startsWith(".")).toList();
                assertTrue(!zips.isEmpty(), "a whole backup is always there");
                for (Path zip : zips) {
                    assertWholeBackup(zip);
                }
            }
        }
    }

    @Test
    void aJournalInUseElsewhereIsReportedInUseNotDamaged() throws Exception {
        saveNotes(1);
        Child running = Child.start("export", dir, 0);
        try {
            // The running process's file is smaller than its marker says: H2 may shrink a file as it works.
            Files.writeString(dir.resolve("journal.marker"), "size=999999999\nwrites=0\nclean=false\n");

            assertThrows(JournalLockedException.class, () -> JournalAssembly.open(dir, Clock.systemUTC()));
        } finally {
            running.kill();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("damaged")), "no copy was taken");
        }
    }

    /** A backup that is there at all is whole: a zip that opens and holds the journal file. */
    private static void assertWholeBackup(Path zip) throws IOException {
        try (ZipFile opened = new ZipFile(zip.toFile())) {
            assertTrue(opened.stream().anyMatch(entry -> entry.getName().endsWith("journal.mv.db")), zip.toString());
        }
    }

    /** A journal with at least {@code count} notes, saved by a child that is then killed. */
    private void saveNotes(int count) throws Exception {
        Child saving = Child.start("save", dir, 0);
        for (int i = 0; i < count; i++) {
            saving.nextLine();
        }
        saving.kill();
    }

    private void checkJournal(Map<UUID, int[]> acknowledged, int afterRun) {
        assertTrue(acknowledged.values().stream().anyMatch(made -> made[0] == afterRun),
                "run " + afterRun + " had no acknowledged save to check");
        try (JournalServices services = JournalAssembly.open(dir, Clock.systemUTC())) {
            for (Map.Entry<UUID, int[]> entry : acknowledged.entrySet()) {
                Note note = services.notes().find(entry.getKey()).orElse(null);
                if (note == null) {
                    fail("After kill " + (afterRun + 1) + ", acknowledged note " + entry.getKey() + " (run "
                            + entry.getValue()[0] + ", save " + entry.getValue()[1] + ") is missing; the journal holds "
                            + services.notes().list(NoteFilter.all(), Integer.MAX_VALUE).size() + " of "
                            + acknowledged.size() + " acknowledged");
                }
                int[] made = entry.getValue();
                assertEquals(CrashNotes.title(made[0], made[1]), note.title());
                assertEquals(CrashNotes.body(made[0], made[1]), note.body(), note.title());
            }
        }
    }

    /** The note files of every export under {@code runFolder}, whole or cut off by the kill. */
    private static List<Path> exportedNotes(Path runFolder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> exports = Files.list(runFolder)) {
            for (Path export : exports.toList()) {
                files.addAll(markdownUnder(export.resolve("notes")));
            }
        }
        return files;
    }

    private static List<Path> markdownUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).toList();
        }
    }

    /** A child JVM running {@link CrashChild} on the test's own class path. */
    private record Child(Process process, BufferedReader out, Path errors) {
        static Child start(String mode, Path dir, int run) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Beside the journal's folder, not in it: the journal's own checks look at what is there.
            Path errors = dir.resolveSibling(mode + "-" + run + ".err");
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), mode, dir.toString(), Integer.toString(run))
                    .redirectError(errors.toFile()).start();
            Child child = new Child(process, new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)), errors);
            assertEquals("READY", child.nextLine());
            return child;
        }

        String nextLine() throws IOException {
            String line = out.readLine();
            if (line == null) {
                fail("the child process ended early: " + Files.readString(errors).lines()
                        .filter(error -> !error.startsWith("\tat ")).limit(8).toList());
            }
            return line;
        }

        /** Kills the child with SIGKILL and returns the lines it wrote that were not read yet. */
        List<String> kill() throws IOException, InterruptedException {
            // Through the handle: Process.destroyForcibly would also close the pipe holding the last lines.
            process.toHandle().destroyForcibly();
            process.waitFor();
            List<String> rest = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                rest.add(line);
            }
            return rest;
        }
    }
}
