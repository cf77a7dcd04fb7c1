package org.learnlog.app;


import org.learnlog.app.wiring.MainWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.service.JournalServices;
import org.learnlog.service.NoteHistory;
import org.learnlog.service.SteppingClock;
import org.learnlog.store.Database;
import org.learnlog.ui.NoFileActions;
import org.learnlog.ui.SameThreadBackground;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Once the window is up, what the trash and the history keep no longer goes, without their windows opened. */
class WindowShownTest {
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-29T09:40:00Z"));
    private final JournalServices services = JournalAssembly.over(Database.inMemory(), clock, null);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        services.close();
    }

    @Test
    void notesTrashedLongAgoAndOldVersionsGoWhenTheWindowIsShown() throws Exception {
        Note gone = services.notes().save(NoteDraft.of("Deleted long ago", ""));
        services.trash().delete(List.of(gone.id()));
        Note kept = services.notes().save(NoteDraft.of("Edited long ago", "first"));
        services.notes().save(new NoteDraft(kept.id(), kept.title(), "second", kept.date(), kept.kind(), "",
                List.of(), List.of()));
        clock.advance(NoteHistory.KEPT.plus(Duration.ofDays(1)));
        Note recent = services.notes().save(NoteDraft.of("Deleted today", ""));
        services.trash().delete(List.of(recent.id()));

        FxToolkit.setupStage(stage -> {
            MainWindow window = new MainWindow(stage, services, new SameThreadBackground(),
                    (owner, title) -> Optional.empty(), (owner, title) -> Optional.empty(), new NoFileActions());
            stage.show();
            window.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Deleted today"), services.trash().list().stream().map(t -> t.note().title()).toList());
        assertEquals(List.of(), services.history().versions(kept.id()));
    }
}
