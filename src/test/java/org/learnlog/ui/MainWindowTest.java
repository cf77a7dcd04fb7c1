package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Aid;
import org.learnlog.model.Direction;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.JournalServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window, headless under Monocle, on an in-memory journal. */
class MainWindowTest {
    private static final GoalDraft REVIEW_SPEED = new GoalDraft("Review speed", "", "median PR review turnaround",
            "h", Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2026, 12, 31), null);

    @TempDir
    static Path exportDir;

    private MainWindowFixture window;
    private FxRobot robot;
    private JournalServices services;
    /** What the folder chooser answers; the export tests use the shared export folder. */
    private Path picked = exportDir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openJournal() {
        window = new MainWindowFixture(exportDir);
        robot = window.robot;
        services = window.services;
    }

    /** Shows the main window on the journal as it is now, with the folder the test picked. */
    private void showWindow() throws Exception {
        window.picked = picked;
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void ctrlNTypeTagAndCtrlSSavesTheNoteToTheListAndTheJournal() throws Exception {
        showWindow();
        robot.clickOn("#noteList").push(KeyCode.CONTROL, KeyCode.N);
        robot.write("Squash fixups");
        robot.clickOn("#tagsField").write("git review");
        robot.clickOn("#bodyArea").write("Use autosquash.");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        assertEquals(List.of("Squash fixups"), titlesIn());
        List<Note> saved = services.notes().load(NoteFilter.all());
        assertEquals(1, saved.size());
        assertEquals("Use autosquash.", saved.get(0).body());
        assertEquals(List.of("git", "review"), saved.get(0).tags());
        assertTrue(robot.lookup("#editorStatus").queryLabeled().getText().startsWith("Saved "));
    }

    @Test
    void theOpenNoteIsPreviewedWithItsHeadingTasksAndCode() throws Exception {
        services.notes().save(NoteDraft.of("Squash fixups",
                "# Autosquash\n\n- [x] commit with **--fixup**\n\n```sh\ngit rebase -i --autosquash\n```\n"));
        showWindow();

        robot.clickOn("Squash fixups");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".page-h1").tryQuery().isPresent());

        assertEquals("Autosquash", shownText(robot.lookup(".page-h1").query()));
        assertEquals("☑", robot.lookup(".page-marker").queryLabeled().getText());
        assertEquals("--fixup", ((Text) robot.lookup(".page-strong").query()).getText());
        assertEquals("git rebase -i --autosquash", ((Text) robot.lookup(".page-code-text").query()).getText());
    }

    @Test
    void leavingANoteForAnotherSavesIt() throws Exception {
        saved("Older note", "git");
        showWindow();
        robot.clickOn("#noteList").push(KeyCode.CONTROL, KeyCode.N);
        robot.write("Typed, never saved by hand");

        robot.clickOn("Older note");

        assertEquals(2, services.notes().load(NoteFilter.all()).size());
        assertEquals("Older note", robot.lookup("#titleField").queryTextInputControl().getText());
    }

    @Test
    void savingANoteOfTheListKeepsItOpenAndSelectedWhereverItsRowMoves() throws Exception {
        saved("Bottom", "git");
        saved("Middle", "git");
        saved("Top", "git");
        showWindow();
        assertEquals(List.of("Top", "Middle", "Bottom"), titlesIn());

        robot.clickOn("Top");
        robot.clickOn("#bodyArea").write(" Stays on top.");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        assertEquals(List.of("Top", "Middle", "Bottom"), titlesIn());
        assertEquals("Top", robot.lookup("#titleField").queryTextInputControl().getText());
        assertTrue(robot.lookup("#editorStatus").queryLabeled().getText().startsWith("Saved "));
        assertEquals("Top", selectedTitle());

        robot.clickOn("Bottom");
        robot.clickOn("#bodyArea").write(" Moves to the top.");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        assertEquals(List.of("Bottom", "Top", "Middle"), titlesIn());
        assertEquals("Bottom", robot.lookup("#titleField").queryTextInputControl().getText());
        assertTrue(robot.lookup("#editorStatus").queryLabeled().getText().startsWith("Saved "));
        assertEquals("Bottom", selectedTitle());
        assertTrue(services.notes().load(NoteFilter.all()).stream().filter(note -> note.title().equals("Bottom"))
                .findFirst().orElseThrow().body().contains("Moves to the top."));
    }

    /** The title of the one note selected in the list. */
    private String selectedTitle() {
        ListView<NoteSummary> list = robot.lookup("#noteList").queryListView();
        List<String> selected = list.getSelectionModel().getSelectedItems().stream().map(NoteSummary::title).toList();
        assertEquals(1, selected.size(), "selected: " + selected);
        return selected.get(0);
    }

    @Test
    void clickingATagFiltersTheList() throws Exception {
        saved("Rebase first", "git");
        saved("Pin versions", "maven");
        showWindow();

        robot.clickOn(sidebarRow("git  1"));

        assertEquals(List.of("Rebase first"), titlesIn());
        robot.clickOn(sidebarRow("All notes"));
        assertEquals(2, titlesIn().size());
    }

    @Test
    void aNewNoteWhileATagIsChosenCarriesThatTag() throws Exception {
        saved("Rebase first", "git");
        showWindow();
        robot.clickOn(sidebarRow("git  1"));

        robot.push(KeyCode.CONTROL, KeyCode.N).write("Fetch before rebase").push(KeyCode.CONTROL, KeyCode.S);

        assertEquals(List.of("Fetch before rebase", "Rebase first"), titlesIn().stream().sorted().toList());
        assertEquals(2, services.notes().list(NoteFilter.tag("git"), 10).size());
    }

    @Test
    void aGoalsNotesListOnlyItsNotesAndANewNoteThereIsLinkedToIt() throws Exception {
        services.goals().create(REVIEW_SPEED);
        services.notes().save(NoteDraft.of("Test plans help", "").withGoals(List.of("review-speed")));
        saved("Unrelated", "misc");
        showWindow();

        robot.clickOn(sidebarRow("Review speed")).clickOn("#goalNotesButton");
        assertEquals(List.of("Test plans help"), titlesIn());
        robot.push(KeyCode.CONTROL, KeyCode.N).write("Small PRs").push(KeyCode.CONTROL, KeyCode.S);

        assertEquals(List.of("Small PRs", "Test plans help"), titlesIn().stream().sorted().toList());
        assertEquals(2, services.notes().list(NoteFilter.goal("review-speed"), 10).size());
    }

    @Test
    void tickingAGoalInTheEditorLinksTheNote() throws Exception {
        services.goals().create(REVIEW_SPEED);
        saved("Not linked yet", "git");
        showWindow();

        robot.clickOn("Not linked yet").clickOn("#goalsBox").clickOn("Review speed  (+review-speed)");
        robot.push(KeyCode.ESCAPE).push(KeyCode.CONTROL, KeyCode.S);

        assertEquals(List.of("review-speed"), services.notes().load(NoteFilter.all()).get(0).goals());
    }

    @Test
    void deleteMovesTheNoteToTheTrashAndUndoBringsItBack() throws Exception {
        saved("Keep me", "git");
        showWindow();

        robot.clickOn("Keep me").push(KeyCode.DELETE);

        assertTrue(services.notes().load(NoteFilter.all()).isEmpty());
        assertTrue(titlesIn().isEmpty());
        assertEquals("", robot.lookup("#titleField").queryTextInputControl().getText());
        assertEquals("Moved 1 note to the trash.", robot.lookup("#statusLabel").queryLabeled().getText());

        robot.clickOn("#undoButton");

        assertEquals(List.of("Keep me"), titlesIn());
        assertEquals(List.of("git"), services.notes().load(NoteFilter.all()).get(0).tags());
        assertTrue(!robot.lookup("#undoButton").query().isVisible());
    }

    @Test
    void exportWritesTheSelectedNoteAsMarkdown() throws Exception {
        Note note = saved("Export me", "git");
        showWindow();

        robot.clickOn("Export me").clickOn("#exportButton");

        Path file = exportDir.resolve("Export me.md");
        assertTrue(Files.exists(file), () -> "files: " + listing());
        assertEquals(note, NoteMarkdown.read(Files.readString(file)));
    }

    @Test
    void exportJournalWritesTheExportLayoutAndShowsWhatItDid() throws Exception {
        saved("Rebase first", "git");
        saved("Pin versions", "maven");
        picked = exportDir.resolve("journal-" + System.nanoTime());
        showWindow();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);

        String month = String.format("notes/%1$tY/%1$tm/", MainWindowFixture.START.atZone(ZoneOffset.UTC));
        assertTrue(Files.exists(picked.resolve(month + "Rebase first.md")), () -> "files: " + listing());
        assertTrue(Files.exists(picked.resolve(month + "Pin versions.md")));
        assertTrue(Files.readString(picked.resolve("README.md")).contains("[Pin versions]"));
        assertEquals("Exported 2 notes, no goals and no aids to " + picked, robot.lookup("#statusLabel").queryLabeled().getText());
    }

    @Test
    void importAFolderOfMarkdownFromTheFileMenu() throws Exception {
        picked = Files.createDirectories(exportDir.resolve("til-" + System.nanoTime()).resolve("git"));
        Files.writeString(picked.resolve("reflog.md"), "# Find a lost commit with reflog\n\nRun `git reflog`.\n");
        picked = picked.getParent();
        showWindow();

        robot.clickOn("File").clickOn("Import…");

        assertEquals(List.of("Find a lost commit with reflog"), titlesIn());
        assertEquals(List.of("git"), services.notes().load(NoteFilter.all()).get(0).tags());
        assertTrue(robot.lookup("#statusLabel").queryLabeled().getText().contains("Imported 1,"));
    }

    @Test
    void selectedNotesBecomeAChecklistAidThatSavesAndExports() throws Exception {
        services.notes().save(NoteDraft.of("Before a deploy", "- check flags\n- run smoke tests").withTags(List.of("deploy")));
        picked = Files.createDirectories(exportDir.resolve("aids-" + System.nanoTime()));
        showWindow();

        robot.clickOn("Before a deploy").clickOn("#makeAidButton");
        assertTrue(robot.lookup("#aidBody").queryTextInputControl().getText()
                .contains("- [ ] check flags\n- [ ] run smoke tests"));
        robot.clickOn("#aidSave").clickOn("#aidExportMarkdown");

        assertEquals(1, services.aids().all().size());
        Aid aid = services.aids().all().get(0);
        assertEquals("Checklist: Before a deploy", aid.title());
        assertEquals(1, aid.version());
        Path file = picked.resolve("Checklist- Before a deploy.md");
        assertTrue(Files.exists(file), () -> "files: " + listing(picked));
        assertTrue(Files.readString(file).contains("type: checklist\n"));
        assertEquals("Exported to " + file, robot.lookup("#aidStatus").queryLabeled().getText());
        robot.clickOn("#aidExportPdf");
        Path pdf = picked.resolve("Checklist- Before a deploy.pdf");
        assertEquals("Exported to " + pdf, robot.lookup("#aidStatus").queryLabeled().getText());
        try (org.apache.pdfbox.pdmodel.PDDocument printed = org.apache.pdfbox.pdmodel.PDDocument.load(pdf.toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(printed).contains("run smoke tests"));
        }
        robot.clickOn("#aidClose");

        robot.clickOn(sidebarRow("Checklist: Before a deploy"));
        assertEquals("Checklist: Before a deploy", robot.lookup("#aidTitle").queryTextInputControl().getText());
        assertEquals("Version 1. Edit it and save for a new version, or share it.",
                robot.lookup("#aidStatus").queryLabeled().getText());
        robot.clickOn("#aidDelete").clickOn("#confirmAidDelete");
        assertEquals(List.of(), services.aids().all());
        assertTrue(robot.lookup(".tree-cell").match(cell -> cell instanceof javafx.scene.control.TreeCell<?> treeCell
                && "Checklist: Before a deploy".equals(String.valueOf(treeCell.getItem()))).tryQuery().isEmpty());
    }

    @Test
    void importAJrnlExportFromTheFileMenu() throws Exception {
        picked = Files.writeString(exportDir.resolve("jrnl-" + System.nanoTime() + ".json"),
                "{\"entries\": [{\"title\": \"Pairing beats review.\", \"body\": \"\", \"date\": \"2026-11-28\", "
                        + "\"time\": \"09:00\", \"tags\": [\"@work\"]}]}");
        showWindow();

        robot.clickOn("File").clickOn("Import jrnl export…");

        assertEquals(List.of("Pairing beats review."), titlesIn());
        assertTrue(robot.lookup("#statusLabel").queryLabeled().getText().startsWith("Read as jrnl. Imported 1,"));
    }

    @Test
    void preferencesSetTheAuthorOfNewAids() throws Exception {
        showWindow();

        robot.clickOn("File").clickOn("Preferences…");
        robot.doubleClickOn("#authorField").eraseText(40).write("Dana").push(KeyCode.ENTER);

        assertEquals("Dana", services.settings().author());
        assertEquals("Aids you make now carry the name “Dana”.", robot.lookup("#statusLabel").queryLabeled().getText());
    }

    @Test
    void preferencesOfferToEncryptTheJournal() throws Exception {
        showWindow();

        robot.clickOn("File").clickOn("Preferences…");
        robot.clickOn("#preferencesEncrypt");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmEncrypt").tryQuery()
                .map(node -> node.getScene().getWindow().isShowing()).orElse(false));

        assertTrue(robot.lookup("#confirmEncrypt").queryButton().isDisabled(), "nothing is encrypted before a passphrase");
        assertTrue(robot.lookup("#authorField").tryQuery().isEmpty(), "the preferences closed");
        robot.clickOn("Cancel");
    }

    @Test
    void aLongListLoadsMoreNotesAsItIsScrolledToTheEnd() throws Exception {
        for (int i = 0; i < 450; i++) {
            services.notes().save(NoteDraft.of("Note " + i, ""));
        }
        showWindow();
        ListView<NoteSummary> list = robot.lookup("#noteList").queryListView();
        assertEquals(200, list.getItems().size());

        for (int shown = 200; shown < 450; shown = list.getItems().size()) {
            int last = shown - 1;
            robot.interact(() -> list.scrollTo(last));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(list.getItems().size() > shown, "more loaded after " + shown);
        }

        assertEquals(450, list.getItems().stream().map(NoteSummary::id).distinct().count());
    }

    private Note saved(String title, String tag) {
        return services.notes().save(NoteDraft.of(title, "body").withTags(List.of(tag)));
    }

    private javafx.scene.Node sidebarRow(String label) {
        return window.sidebarRow(label);
    }

    private static String shownText(javafx.scene.Node flow) {
        return ((TextFlow) flow).getChildren().stream().map(text -> ((Text) text).getText())
                .collect(Collectors.joining());
    }

    private List<String> titlesIn() {
        ListView<NoteSummary> list = robot.lookup("#noteList").queryListView();
        return list.getItems().stream().map(NoteSummary::title).toList();
    }

    private static String listing() {
        return listing(exportDir);
    }

    private static String listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::toString).toList().toString();
        } catch (java.io.IOException e) {
            return "unreadable: " + e;
        }
    }
}
