package org.learnlog.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.Backup;
import org.learnlog.service.JournalServices;
import org.learnlog.service.TestJournal;
import org.learnlog.ui.Messages;
import org.learnlog.ui.SameThreadBackground;

/** The backups window without a window: listing, backing up now, restoring, and a failure said in words. */
class BackupsModelTest {
    @TempDir
    Path dir;

    private final List<Backup> restored = new ArrayList<>();
    private JournalServices services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private BackupsModel model() {
        services = JournalAssembly.open(dir, Clock.fixed(TestJournal.NOW, ZoneOffset.UTC));
        return new BackupsModel(services.backups(), new SameThreadBackground(), restored::add, Messages.load());
    }

    @Test
    void backingUpNowAddsTheBackupToTheListAndCountsItsNotes() {
        BackupsModel model = model();
        services.notes().save(NoteDraft.of("First", ""));
        services.notes().save(NoteDraft.of("Second", ""));
        model.load();
        assertEquals(List.of(), model.backups());

        model.backUpNow();

        assertEquals(1, model.backups().size());
        BackupRow row = model.backups().get(0);
        assertEquals(2, row.backup().notes());
        assertTrue(row.bytes() > 0, "the size of the file is shown");
        assertEquals("Backed up the journal (2 notes).", model.status().get());
    }

    @Test
    void restoringHandsTheChosenBackupToTheRestorer() {
        BackupsModel model = model();
        model.backUpNow();
        Backup chosen = model.backups().get(0).backup();

        model.restore(chosen);

        assertEquals(List.of(chosen), restored);
    }

    @Test
    void aBackupThatCannotBeWrittenSaysWhyAndListsNothingNew() throws Exception {
        Files.writeString(dir.resolve("backups"), "a file where the backups folder belongs");
        BackupsModel model = model();

        model.backUpNow();

        assertEquals(List.of(), model.backups());
        String status = model.status().get();
        assertTrue(status.startsWith("Couldn’t back up the journal: "), status);
        assertTrue(status.length() > "Couldn’t back up the journal: ".length() + 10, "the reason is given: " + status);
    }
}
