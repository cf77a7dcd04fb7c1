package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.model.WindowPlace;
import org.learnlog.store.AidRepository;

class SettingsTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();


    @Test
    void theAuthorDefaultsToTheUserNameAndAChangeIsKeptInTheFile() {
        Settings settings = new Settings(dir.resolve("settings.properties"), "os-user");
        assertEquals("os-user", settings.author());

        settings.setAuthor("  Dana Müller ");

        assertEquals("Dana Müller", new Settings(dir.resolve("settings.properties"), "os-user").author());
    }

    @Test
    void theWindowsPlaceAndTheLastFolderAreKeptAndNonsenseIsIgnored() throws Exception {
        Settings settings = new Settings(dir.resolve("settings.properties"), "os-user");
        assertEquals(Optional.empty(), settings.windowPlace());
        WindowPlace place = new WindowPlace(10, 20, 1100, 700, false, List.of(0.2, 0.35));

        settings.setWindowPlace(place);
        settings.setLastFolder(dir);

        Settings again = new Settings(dir.resolve("settings.properties"), "os-user");
        assertEquals(Optional.of(place), again.windowPlace());
        assertEquals(Optional.of(dir.toAbsolutePath()), again.lastFolder());
        Files.writeString(dir.resolve("settings.properties"), "window=10 20 -5 NaN true 7\n");
        assertEquals(Optional.empty(), again.windowPlace());
    }

    @Test
    void newAidsCarryTheAuthorAsItIsNow() {
        Settings settings = new Settings(dir.resolve("settings.properties"), "os-user");
        Aids aids = new Aids(new AidRepository(test.database), test.notes, test.goals, new AidTemplates(null),
                test.clock, settings::author);
        var note = test.notes.save(new NoteDraft(null, "Flags", "", LocalDate.of(2026, 11, 29), NoteKind.INSIGHT, "",
                List.of(), List.of()));
        settings.setAuthor("Dana");

        assertEquals("Dana", aids.make(AidRequest.ofNotes("til", List.of(note.id()))).author());
    }

    @Test
    void aNameOnSeveralLinesIsRefused() {
        Settings settings = new Settings(dir.resolve("settings.properties"), "os-user");

        assertThrows(InvalidInputException.class, () -> settings.setAuthor("two\nlines"));
        assertEquals("os-user", settings.author());
    }
}
