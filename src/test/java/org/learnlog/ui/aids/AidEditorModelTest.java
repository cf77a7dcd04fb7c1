package org.learnlog.ui.aids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.service.AidFormat;
import org.learnlog.service.AidRequest;
import org.learnlog.service.JournalServices;
import org.learnlog.service.SafeFileNames;
import org.learnlog.store.Database;
import org.learnlog.ui.Messages;
import org.learnlog.ui.SameThreadBackground;

/** The aid editor's state and commands, without a window. */
class AidEditorModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:40:00Z"), ZoneOffset.UTC);

    private final JournalServices services = JournalAssembly.over(Database.inMemory(), CLOCK, null);
    private final List<String> saves = new ArrayList<>();
    private final AidEditorModel model = new AidEditorModel(services.aids(), new SameThreadBackground(), Messages.load(),
            () -> saves.add("saved"));

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void choosingTheDigestAndAWeekMakesTheAidAnewForThatWeek() {
        services.notes().save(new NoteDraft(null, "Old lesson", "", LocalDate.of(2026, 11, 3), NoteKind.INSIGHT, "",
                List.of("git"), List.of()));
        model.make(new AidRequest("checklist", List.of(), NoteFilter.all(), null, null));
        assertEquals("- [ ] Old lesson", model.bodyProperty().get().lines().skip(2).findFirst().orElse(""));

        model.templateProperty().set("weekly-digest");
        model.weekProperty().set(LocalDate.of(2026, 11, 5));
        model.remake();

        assertEquals("Weekly digest, week of 2026-11-02", model.titleProperty().get());
        assertTrue(model.bodyProperty().get().contains("- 2026-11-03 **Old lesson**"), model.bodyProperty().get());
    }

    @Test
    void editsAreSavedAsNewVersionsAndTheSidebarHearsOfEachSave() {
        var note = services.notes().save(NoteDraft.of("Flags", "- check flags"));
        model.make(AidRequest.ofNotes("checklist", List.of(note.id())));
        model.bodyProperty().set("# Mine now\n");

        model.save();
        model.save();

        assertEquals(2, services.aids().all().get(0).version());
        assertEquals("# Mine now\n", services.aids().all().get(0).body());
        assertEquals(List.of("saved", "saved"), saves);
        assertEquals("Saved, version 2.", model.status().get());
    }

    @Test
    void exportingOverAFileThatIsThereAsksFirstAndWritesNothingUnlessTold() throws Exception {
        var note = services.notes().save(NoteDraft.of("Flags", "- check flags"));
        model.make(AidRequest.ofNotes("checklist", List.of(note.id())));
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "aid-export");
        Path mine = Files.writeString(folder.resolve(SafeFileNames.fileName(SafeFileNames.stem(model.titleProperty().get()), "", ".md")), "my own text");
        List<List<Path>> asked = new ArrayList<>();

        model.export(folder, AidFormat.MARKDOWN, files -> asked.add(files) && false);
        assertEquals("my own text", Files.readString(mine), "kept when the user says no");
        assertEquals(List.of(List.of(mine)), asked);

        model.export(folder, AidFormat.MARKDOWN, files -> true);
        assertTrue(Files.readString(mine).startsWith("---\nid: "), "replaced when the user says yes");
    }
}
