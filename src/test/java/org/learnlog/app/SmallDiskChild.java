package org.learnlog.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.Backup;
import org.learnlog.service.JournalServices;

/**
 * Run on a small file system of its own (see {@link DiskFullTest}): fills it, then exports, backs up
 * and saves, and prints what each said and what it left behind; frees the space and saves again;
 * exports to a read-only stick, turns the disk read-only and opens the journal there; then reopens it.
 */
public final class SmallDiskChild {
    private SmallDiskChild() {
    }

    public static void main(String[] args) throws Exception {
        Path disk = Path.of(args[0]);
        Path dataDir = disk.resolve("journal");
        JournalServices services = JournalAssembly.open(dataDir, Clock.systemUTC());
        for (int i = 0; i < 20; i++) {
            services.notes().save(NoteDraft.of("Note " + i, "Written before the disk filled up. ".repeat(20)));
        }
        Backup older = services.backups().take();
        long olderSize = Files.size(older.file());
        Path filler = fill(disk.resolve("filler"));

        report("EXPORT", () -> services.journalExport().export(NoteFilter.all(), disk.resolve("export")));
        System.out.println("EXPORT temp files " + count(disk.resolve("export"), ".learnlog-tmp"));
        report("BACKUP", () -> services.backups().take());
        System.out.println("BACKUP temp files " + count(dataDir.resolve("backups"), ".tmp"));
        try (ZipFile zip = new ZipFile(older.file().toFile())) {
            System.out.println("BACKUP older intact " + (Files.size(older.file()) == olderSize && zip.size() > 0));
        }
        // Larger than the free space H2 may have inside its file, which a smaller save fills without growing it.
        report("SAVE", () -> services.notes().save(NoteDraft.of("Typed on a full disk", "x".repeat(2_000_000))));

        Files.delete(filler);
        report("SAVE after freeing", () -> services.notes().save(NoteDraft.of("Typed after freeing space", "")));
        System.out.println("SEARCH after freeing " + services.search().search("freeing", 10).hits().size());
        // A read-only stick to export to, and then the journal's own disk turned read-only.
        Path stick = Files.createDirectories(disk.resolve("stick"));
        System.out.println("STICK mounted " + mount("-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", stick.toString()));
        report("EXPORT to the stick", () -> services.journalExport().export(NoteFilter.all(), stick.resolve("export")));
        services.close();
        System.out.println("READ-ONLY " + mount("-o", "remount,ro", disk.toString()));
        report("OPEN", () -> JournalAssembly.open(dataDir, Clock.systemUTC()).close());
        mount("-o", "remount,rw", disk.toString());
        try (JournalServices reopened = JournalAssembly.open(dataDir, Clock.systemUTC())) {
            System.out.println("REOPENED notes " + reopened.notes().list(NoteFilter.all(), 100).size());
        }
        System.out.println("DONE");
        System.exit(0);
    }

    /** Runs mount(8) in this child's own mount namespace; whether it worked. */
    private static boolean mount(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mount"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
    }

    private static Path fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            System.out.println("FILLED " + full.getMessage());
        }
        return filler;
    }

    private static void report(String what, Runnable work) {
        try {
            work.run();
            System.out.println(what + " ok");
        } catch (RuntimeException e) {
            System.out.println(what + " refused: " + e.getMessage());
        }
    }

    private static long count(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
