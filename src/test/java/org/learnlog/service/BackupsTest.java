package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.model.NoteFilter;
import org.learnlog.store.StoreException;

/** Backups of a journal file: taken online, listed with their facts, kept once a day, restored over the journal. */
class BackupsTest {
    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock(TestJournal.NOW);

    @Test
    void aBackupTakenOnlineRestoresTheJournalAsItWasAndKeepsTheCurrentFileAside() throws Exception {
        Backup backup;
        try (JournalServices services = JournalAssembly.open(dir, clock)) {
            services.notes().save(NoteDraft.of("First", ""));
            services.notes().save(NoteDraft.of("Second", ""));
            backup = services.backups().take();
            services.notes().save(NoteDraft.of("Written after the backup", ""));
        }
        assertEquals(2, backup.notes());
        assertEquals(backup, Restores.describe(backup.file()));
        assertEquals(List.of(), hidden(dir.resolve("backups")), "no temp file is left");

        Path aside = Restores.restore(backup.file(), dir, clock);

        try (JournalServices services = JournalAssembly.open(dir, clock)) {
            assertEquals(2, services.notes().list(NoteFilter.all(), 10).size());
            assertEquals(1, services.search().search("second", 10).total());
            assertEquals(0, services.search().search("written", 10).total(), "the index of the other file is gone");
        }
        assertTrue(Files.size(aside) > 0, "the journal as it was is kept");
    }

    @Test
    void onlyOneBackupADayIsTakenUnasked() {
        try (JournalServices services = JournalAssembly.open(dir, clock)) {
            Optional<Backup> first = services.backups().takeIfDue();
            clock.advance(Duration.ofHours(1));
            Optional<Backup> sameDay = services.backups().takeIfDue();
            clock.advance(Duration.ofDays(1));
            Optional<Backup> nextDay = services.backups().takeIfDue();

            assertTrue(first.isPresent());
            assertFalse(sameDay.isPresent());
            assertTrue(nextDay.isPresent());
            assertEquals(List.of(nextDay.get(), first.get()), services.backups().list().stream()
                    .filter(backup -> !backup.script()).toList());
        }
    }

    @Test
    void anSqlBackupIsTakenOnceAWeekAndRestoresTheJournalAsItWas() throws Exception {
        List<Backup> scripts;
        Note note;
        try (JournalServices services = JournalAssembly.open(dir, clock)) {
            note = services.notes().save(new NoteDraft(null, "Ünïcode 日本 🧪 'quoted'", "- [ ] step\n\n```sh\ngit bisect\n```",
                    null, NoteKind.HOW_TO, "incident 42", List.of("git/bisect"), List.of()));
            services.backups().takeIfDue();
            for (int day = 1; day <= 7; day++) {
                clock.advance(Duration.ofDays(1));
                services.backups().takeIfDue();
            }
            scripts = services.backups().list().stream().filter(Backup::script).toList();
            services.notes().save(NoteDraft.of("Written after the backups", ""));
        }
        assertEquals(2, scripts.size(), "one at the start and one a week later");
        assertEquals(Duration.ofDays(7), Duration.between(scripts.get(1).taken(), scripts.get(0).taken()));
        assertEquals(1, scripts.get(1).notes());

        Restores.restore(scripts.get(1).file(), dir, clock);

        try (JournalServices services = JournalAssembly.open(dir, clock)) {
            assertEquals(List.of(note), services.notes().load(NoteFilter.all()));
            assertEquals(1, services.search().search("bisect", 10).total());
        }
        assertEquals(List.of(), hidden(dir), "nothing of the restore is left behind");
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndTheJournalIsLeftAsItWas() throws Exception {
        try (JournalServices services = JournalAssembly.open(dir, clock)) {
            services.notes().save(NoteDraft.of("Keep me", ""));
        }
        Path notABackup = dir.resolve("not-a-backup.zip");
        Files.writeString(notABackup, "just text");

        StoreException refused = assertThrows(StoreException.class, () -> Restores.restore(notABackup, dir, clock));

        assertTrue(refused.getMessage().contains("The journal was left as it was"), refused.getMessage());
        try (JournalServices services = JournalAssembly.open(dir, clock)) {
            assertEquals(1, services.notes().list(NoteFilter.all(), 10).size());
        }
    }

    private static List<Path> hidden(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
    }
}
