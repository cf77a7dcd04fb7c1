package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.markdown.LibraryMarkdown;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LibraryFeedback;
import org.learnlog.model.LineDiff;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;
import org.learnlog.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Library screen on a shared-folder library a teammate published to: the item shows marked new,
 * Adopt brings it into the journal, feedback reaches the folder, and Publish to library… sends a note.
 */
class LibraryScreenTest {
    @TempDir
    Path folder;

    private MainWindowFixture window;
    private FxRobot robot;
    private Path shared;
    private Note anas;
    private JournalServices ana;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openJournal() throws Exception {
        shared = Files.createDirectories(folder.resolve("shared"));
        ana = JournalAssembly.over(Database.inMemory(), Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC),
                null);
        ana.settings().setAuthor("Ana Example");
        ana.libraries().add("team", shared.toString());
        anas = ana.notes().save(new NoteDraft(null, "Rebase before review", "Keeps history linear.", null, null, "",
                List.of("git"), List.of()));
        ana.sharing().publish(anas.id(), "team");
        window = new MainWindowFixture(folder);
        robot = window.robot;
        window.services.settings().setAuthor("Ben Example");
        window.services.libraries().add("team", shared.toString());
    }

    @AfterEach
    void close() throws Exception {
        window.close();
        ana.close();
    }

    @Test
    void aTeammatesItemShowsNewAndAdoptBringsItIntoTheJournal() throws Exception {
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !items().getItems().isEmpty());

        robot.clickOn("Rebase before review");
        assertTrue(robot.lookup(".note-details").queryLabeled().getText().startsWith("New · insight · Ana Example"),
                robot.lookup(".note-details").queryLabeled().getText());
        assertEquals("Rebase before review", robot.lookup("#itemTitle").queryLabeled().getText());
        robot.clickOn("#adoptButton");

        assertEquals("Adopted “Rebase before review” (version 1).", robot.lookup("#statusLabel").queryLabeled().getText());
        Note adopted = window.services.notes().find(anas.id()).orElseThrow();
        assertEquals("Keeps history linear.", adopted.body());
        assertEquals("library:team/" + anas.id() + "@1", adopted.source());
        assertTrue(robot.lookup("#adoptButton").queryButton().isDisabled(), "adopted already");
    }

    @Test
    void aNewerVersionShowsWhatItChangesAndTakingItUpdatesTheCopy() throws Exception {
        window.services.sharing().adopt("team", anas.id().toString(), Optional.empty());
        ana.notes().save(new NoteDraft(anas.id(), anas.title(), "Keeps history linear.\nRun the tests after.", anas.date(),
                anas.kind(), "", anas.tags(), List.of()));
        ana.sharing().publish(anas.id(), "team");
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !items().getItems().isEmpty());

        robot.clickOn(firstItem());
        ListView<?> diff = robot.lookup("#updateDiff").queryListView();
        assertTrue(diff.isVisible());
        assertEquals(List.of(new LineDiff.Line(LineDiff.Change.SAME, "Keeps history linear."),
                new LineDiff.Line(LineDiff.Change.ADDED, "Run the tests after.")), diff.getItems());
        robot.clickOn("Take version 2");

        assertEquals("Took version 2 of “Rebase before review”; your text stays in the note’s history.",
                robot.lookup("#statusLabel").queryLabeled().getText());
        assertEquals("Keeps history linear.\nRun the tests after.", window.services.notes().find(anas.id()).orElseThrow().body());
        // Ben's own improvement goes back as version 3, with him among its contributors.
        Note taken = window.services.notes().find(anas.id()).orElseThrow();
        window.services.notes().save(new NoteDraft(taken.id(), taken.title(), taken.body() + "\nPush with --force-with-lease.",
                taken.date(), taken.kind(), "", taken.tags(), List.of()));
        window.services.sharing().publish(anas.id(), "team");
        robot.clickOn("#syncButton");
        robot.clickOn(firstItem());
        String meta = robot.lookup("#itemMeta").queryLabeled().getText();
        assertTrue(meta.contains("by Ana Example · version 3") && meta.endsWith("improved by Ben Example"), meta);

        assertTrue(!robot.lookup("#updateDiff").queryListView().isVisible(), "nothing newer now");
    }

    @Test
    void feedbackFromTheScreenIsWrittenForTheAuthorToSee() throws Exception {
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !items().getItems().isEmpty());
        robot.clickOn("Rebase before review").clickOn("#helpedBox").clickOn("#commentField").write("Saved me an hour.");
        robot.clickOn("Send feedback");

        Path said = shared.resolve("feedback/" + anas.id() + "/ben-example.md");
        LibraryFeedback feedback = LibraryMarkdown.readFeedback(Files.readString(said));
        assertTrue(feedback.used() && feedback.helped());
        assertEquals("Saved me an hour.", feedback.comment());
        String comments = robot.lookup("#comments").queryLabeled().getText();
        assertTrue(comments.contains("“Saved me an hour.” — Ben Example"), comments);
    }

    @Test
    void publishToLibraryFromTheNotesSendsTheSelectedNote() throws Exception {
        Note bens = window.services.notes().save(NoteDraft.of("Name branches after tickets", "BILL-42-fix-rounding"));
        window.show();
        robot.clickOn("Name branches after tickets");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publish-to-first").tryQuery().isPresent());
        robot.clickOn("#publish-to-first");

        assertEquals("Published “Name branches after tickets” to team as version 1.",
                robot.lookup("#statusLabel").queryLabeled().getText());
        assertTrue(Files.readString(shared.resolve("notes/general/name-branches-after-tickets.md")).contains("BILL-42"));
        assertTrue(Files.readString(shared.resolve("README.md")).contains("Name branches after tickets"));
        assertEquals(List.of(bens.id()), window.services.notes().list(NoteFilter.all(), 5).stream().map(n -> n.id()).toList());
    }

    @Test
    void anAidIsPublishedFromItsEditor() throws Exception {
        window.services.notes().save(NoteDraft.of("Write what you tested", "In the PR's description."));
        window.show();
        robot.clickOn("Write what you tested").push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aidPublish").tryQuery().isPresent());

        robot.clickOn("#aidPublish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publish-to-first").tryQuery().isPresent());
        robot.clickOn("#publish-to-first");

        try (var aids = Files.list(shared.resolve("aids"))) {
            List<Path> published = aids.toList();
            assertEquals(1, published.size());
            assertTrue(Files.readString(published.get(0)).contains("Write what you tested"));
        }
        assertTrue(Files.readString(shared.resolve("README.md")).contains("aid: checklist · by Ben Example"));
    }

    @Test
    void theSearchBoxAndTheTagFilterNarrowTheList() throws Exception {
        Note other = ana.notes().save(new NoteDraft(null, "Ask for review early", "Draft PRs get better feedback.", null,
                null, "", List.of("review"), List.of()));
        ana.sharing().publish(other.id(), "team");
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items().getItems().size() == 2);

        robot.clickOn("#librarySearch").write("linear");
        assertEquals(1, items().getItems().size(), "only the one whose text says it");
        robot.interact(() -> robot.lookup("#librarySearch").queryTextInputControl().clear());
        robot.interact(() -> robot.lookup("#tagChoice").queryComboBox().setValue("review"));
        assertEquals(1, items().getItems().size(), "only the one tagged review");
    }

    @Test
    void aGoalsPageSaysWhatTeammatesSaidOfWhatWasSharedForIt() throws Exception {
        var goal = window.services.goals().create(new GoalDraft("Review speed", "Unblock teammates sooner",
                "median PR review turnaround", "h", Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2027, 3, 31),
                Cadence.WEEKLY));
        Note bens = window.services.notes().save(NoteDraft.of("Small PRs get faster reviews", "Split by concern.")
                .withGoals(List.of(goal.slug())));
        window.services.sharing().publish(bens.id(), "team");
        ana.sharing().feedback("team", bens.id().toString(), true, true, "Used it on the billing PR.");
        window.show();

        robot.clickOn(window.sidebarRow("Review speed"));
        WaitForAsyncUtils.waitForFxEvents();

        String said = robot.lookup("#teamFeedback").queryLabeled().getText();
        assertEquals("In a team library: “Small PRs get faster reviews”, used by 1, helped 1\n"
                + "    “Used it on the billing PR.” — Ana Example", said);
    }

    @Test
    void whatATeammatePublishesToASharedFolderShowsWithoutASync() throws Exception {
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items().getItems().size() == 1);

        Note other = ana.notes().save(new NoteDraft(null, "Ask for review early", "Draft PRs get better feedback.", null,
                null, "", List.of("review"), List.of()));
        ana.sharing().publish(other.id(), "team");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> items().getItems().size() == 2);
    }

    @Test
    void aConflictShowsBothVersionsAndPuttingMineInPlaceSettlesIt() throws Exception {
        bothChangeTheNote();

        robot.clickOn(firstItem());
        assertEquals(List.of(new LineDiff.Line(LineDiff.Change.REMOVED, "Ben's way."),
                new LineDiff.Line(LineDiff.Change.ADDED, "Ana's way.")), robot.lookup("#updateDiff").queryListView().getItems(),
                "what Ana's version changes in Ben's copy");
        assertTrue(items().getItems().get(0).conflicts().size() == 1 && texts().startsWith("Conflict · "), texts());
        assertTrue(!robot.lookup("#keepButton").query().isVisible(), "Keep mine is no answer to a conflict");
        robot.clickOn("#settleButton");

        assertTrue(robot.lookup("#statusLabel").queryLabeled().getText().startsWith("Your version of “Rebase before review” is in place"));
        try (var files = Files.list(shared.resolve("notes/git"))) {
            List<Path> left = files.toList();
            assertEquals(1, left.size(), left.toString());
            assertTrue(Files.readString(left.get(0)).contains("Ben's way."));
        }
    }

    @Test
    void aConflictIsMergedByHandAndTheMergedTextGoesInPlace() throws Exception {
        bothChangeTheNote();
        robot.clickOn(firstItem()).clickOn("#mergeButton");
        Node merge = MainWindowFixture.windowWith("#mergePut");

        assertEquals("Ana's way.", robot.from(merge).lookup("#otherText").queryTextInputControl().getText());
        assertEquals("Ben's way.", robot.from(merge).lookup("#mineText").queryTextInputControl().getText());
        robot.interact(() -> robot.from(merge).lookup("#mineText").queryTextInputControl()
                .setText("Ben's way.\nAna's way, for big changes."));
        robot.clickOn(robot.from(merge).lookup("#mergePut").queryButton());

        assertEquals("The merged “Rebase before review” is in place as version 3.", robot.lookup("#statusLabel").queryLabeled().getText());
        assertEquals("Ben's way.\nAna's way, for big changes.", window.services.notes().find(anas.id()).orElseThrow().body());
        try (var files = Files.list(shared.resolve("notes/git"))) {
            List<Path> left = files.toList();
            assertEquals(1, left.size(), "no version is kept beside it any more: " + left);
            assertTrue(Files.readString(left.get(0)).contains("Ben's way.\nAna's way, for big changes."));
        }
    }

    /** Ana and Ben each change the note Ben adopted; Ben's publish meets Ana's and is kept beside it. Shows the screen. */
    private void bothChangeTheNote() throws Exception {
        window.services.sharing().adopt("team", anas.id().toString(), Optional.empty());
        ana.notes().save(new NoteDraft(anas.id(), anas.title(), "Ana's way.", anas.date(), anas.kind(), "", anas.tags(),
                List.of()));
        ana.sharing().publish(anas.id(), "team");
        Note bens = window.services.notes().find(anas.id()).orElseThrow();
        window.services.notes().save(new NoteDraft(bens.id(), bens.title(), "Ben's way.", bens.date(), bens.kind(), "",
                bens.tags(), List.of()));
        assertTrue(window.services.sharing().publish(anas.id(), "team").conflict());
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !items().getItems().isEmpty());
    }

    /** The library's first row: the note list, out of sight, may have a row of that title too. */
    private Node firstItem() {
        return robot.lookup("#items .list-cell").nth(0).queryAs(Node.class);
    }

    private String texts() {
        return robot.lookup("#items .note-details").queryLabeled().getText();
    }

    private ListView<LibraryEntry> items() {
        return robot.lookup("#items").queryListView();
    }
}
