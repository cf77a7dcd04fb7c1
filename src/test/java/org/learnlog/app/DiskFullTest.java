package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only one, for real: a child JVM works on an 8 MB file system of its own (a tmpfs mounted in a
 * user namespace, so no root is needed and nothing outlives the child). Skipped where the system
 * allows no such namespace; {@code DiskTroubleTest} still checks the messages there.
 */
class DiskFullTest {
    private static final String FULL = "The disk is full. Free some space, then try again.";

    @TempDir
    Path dir;

    @Test
    void aFullOrReadOnlyDiskIsSaidPlainlyNothingIsLeftHalfWrittenAndSavingWorksOnceThereIsSpace() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(canMountSmallDisk(disk), "unshare can't mount a tmpfs here");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> lines = runOnSmallDisk(disk, java, "-cp", System.getProperty("java.class.path"),
                SmallDiskChild.class.getName(), disk.toString());

        // Which layer meets the full disk first (H2 reading, or the file being written) varies; what the user reads does not.
        List<String> said = lines.stream().map(line -> line.matches("[A-Z]+ refused: .*") && line.endsWith(": " + FULL)
                ? line.substring(0, line.indexOf(':')) + ": the disk is full" : line).toList();
        assertEquals(List.of(
                "FILLED No space left on device",
                "EXPORT refused: the disk is full",
                "EXPORT temp files 0",
                "BACKUP refused: the disk is full",
                "BACKUP temp files 0",
                "BACKUP older intact true",
                "SAVE refused: the disk is full",
                "SAVE after freeing ok",
                "SEARCH after freeing 1",
                "STICK mounted true",
                "EXPORT to the stick refused: Can't create the folder " + disk.resolve("stick/export")
                        + ": The disk is read-only. Make it writable, or choose another folder.",
                "READ-ONLY true",
                "OPEN refused: The data directory " + disk.resolve("journal")
                        + " is read-only. Choose a folder you can write to with --data-dir.",
                "REOPENED notes 21",
                "DONE"), said, String.join("\n", lines));
    }

    private static boolean canMountSmallDisk(Path disk) throws InterruptedException {
        try {
            return runOnSmallDisk(disk, "true").isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code command} with an 8 MB tmpfs mounted on {@code disk}; returns its output lines that matter. */
    private static List<String> runOnSmallDisk(Path disk, String... command) throws IOException, InterruptedException {
        String quoted = Arrays.stream(command).map(arg -> "'" + arg.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        Process process = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                "mount -t tmpfs -o size=8m tmpfs '" + disk + "' && exec " + quoted)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("The child on the small disk did not end");
        }
        if (process.exitValue() != 0) {
            throw new IOException("The child on the small disk failed (" + process.exitValue() + "): " + out);
        }
        return out.lines().toList();
    }
}
