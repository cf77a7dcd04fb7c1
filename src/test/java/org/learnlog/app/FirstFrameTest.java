package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.wiring.MainWindow;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.Drafts;
import org.learnlog.service.JournalServices;
import org.learnlog.service.SteppingClock;
import org.learnlog.store.Database;
import org.learnlog.ui.Messages;
import org.learnlog.ui.NoFileActions;
import org.learnlog.ui.SameThreadBackground;
import org.learnlog.ui.journal.FirstFrame;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The first frame takes typing before the journal is open, and nothing typed there is lost. */
class FirstFrameTest {
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-06T09:40:00Z"));
    private final JournalServices services = JournalAssembly.over(Database.inMemory(), clock, null);
    private final FxRobot robot = new FxRobot();
    private FirstFrame frame;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        services.close();
    }

    private void typeIntoTheFrame() throws Exception {
        FxToolkit.setupStage(stage -> frame = new FirstFrame(stage, Messages.load(), Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#firstTitle").write("Rebase before the PR");
        robot.clickOn("#firstBody").write("It keeps the history short.");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void whatWasTypedBecomesTheMainWindowsNewNoteAndIsSaved() throws Exception {
        typeIntoTheFrame();
        FirstTyping typing = new FirstTyping(frame);
        MainWindow[] window = new MainWindow[1];

        FxToolkit.setupStage(stage -> {
            FirstFrame.Typed typed = typing.take();
            window[0] = new MainWindow(stage, services, new SameThreadBackground(),
                    (owner, title) -> Optional.empty(), (owner, title) -> Optional.empty(), new NoFileActions());
            stage.show();
            window[0].shown();
            window[0].carryOver(typed);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Rebase before the PR", robot.lookup("#titleField").queryAs(TextField.class).getText());
        TextArea body = robot.lookup("#bodyArea").queryAs(TextArea.class);
        assertEquals("It keeps the history short.", body.getText());
        // The cursor stays in the text it was in, once the window has had its first pulse.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, body::isFocused);
        robot.write(" Always.");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        List<Note> notes = services.notes().load(NoteFilter.all());
        assertEquals(List.of("Rebase before the PR"), notes.stream().map(Note::title).toList());
        assertEquals("It keeps the history short. Always.", notes.get(0).body());
    }

    private void keepAsTheAppStops(FirstTyping typing) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        robot.interact(() -> typing.keepIfLeft(dataDir, writer));
        writer.shutdown();
        assertTrue(writer.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void aLongOpeningShowsThatItIsUnderWay() throws Exception {
        typeIntoTheFrame();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#firstProgress").tryQuery().isPresent());
        assertEquals("Rebase before the PR", frame.typed().title());
    }

    @Test
    void whatWasTypedIsKeptAsADraftWhenNoMainWindowCame() throws Exception {
        typeIntoTheFrame();
        FirstTyping typing = new FirstTyping(frame);

        keepAsTheAppStops(typing);

        List<Note> kept = new Drafts(dataDir.resolve(JournalAssembly.DRAFTS), services.notes(),
                Clock.fixed(clock.instant(), ZoneOffset.UTC)).unsaved();
        assertEquals(List.of("Rebase before the PR"), kept.stream().map(Note::title).toList());
        assertEquals("It keeps the history short.", kept.get(0).body());
    }

    @Test
    void nothingIsWrittenInTheClearBesideAnEncryptedJournal() throws Exception {
        typeIntoTheFrame();
        FirstTyping typing = new FirstTyping(frame);
        typing.locked();

        keepAsTheAppStops(typing);

        assertEquals(List.of(), new Drafts(dataDir.resolve(JournalAssembly.DRAFTS), services.notes(),
                Clock.fixed(clock.instant(), ZoneOffset.UTC)).unsaved());
    }
}
