package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a new user hit in their first minutes, each as they did it: typed dates, goals, hints, filters, copies. */
class FirstMinutesTest {
    private static final GoalDraft REVIEW_SPEED = new GoalDraft("Review speed", "", "median PR review turnaround", "h",
            Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2027, 2, 28), Cadence.WEEKLY);

    private MainWindowFixture window;
    private FxRobot robot;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        window = new MainWindowFixture(null);
        robot = window.robot;
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private void waitFor(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
    }

    private void typeInto(String id, String text) {
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private String text(String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private void newGoal(String title) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor("#goalTitle");
        robot.clickOn("#goalTitle").write(title).clickOn("#goalMetric").write("median PR review turnaround");
        robot.clickOn("#goalBaseline").write("20").clickOn("#goalTarget").write("10");
    }

    @Test
    void aDueDateTypedAsIsoIsTheOneSavedAndTextThatIsNotADateIsSaidAndBlocksOk() throws Exception {
        window.show();
        newGoal("Review speed");
        typeInto("#goalDue .text-field", "next friday");
        robot.clickOn("#createGoal");

        assertEquals("“next friday” isn’t a date. Write it like 2027-03-31.", text("#dueProblem"));
        assertEquals(List.of(), window.services.goals().all(), "nothing saved, the dialog stays open");

        typeInto("#goalDue .text-field", "2027-03-31");
        robot.clickOn("#createGoal");

        assertEquals(LocalDate.of(2027, 3, 31), window.services.goals().all().get(0).due());
    }

    @Test
    void aNoteDayTypedIsSavedAndOneThatIsNotADateIsNeverSavedAsAnotherDay() throws Exception {
        Note note = window.services.notes().save(NoteDraft.of("Rebase first", "body"));
        window.show();
        robot.clickOn("Rebase first");
        typeInto("#datePicker .text-field", "2026-11-20");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertEquals(LocalDate.of(2026, 11, 20), window.services.notes().find(note.id()).orElseThrow().date());

        typeInto("#datePicker .text-field", "yesterday-ish");
        robot.clickOn("#bodyArea").write(" More.");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        assertTrue(text("#editorStatus").contains("isn’t a date"), text("#editorStatus"));
        Note stored = window.services.notes().find(note.id()).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 20), stored.date());
        assertEquals("body", stored.body(), "nothing was saved with a day the field doesn't show");
    }

    @Test
    void aNewGoalDialogOpensEmptyAndSaysItsProblemsUnderTheFields() throws Exception {
        window.show();
        newGoal("Draft that I cancel");
        robot.clickOn("Cancel");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor("#goalTitle");

        assertEquals("", robot.lookup("#goalTitle").queryTextInputControl().getText());
        assertEquals("", robot.lookup("#goalBaseline").queryTextInputControl().getText());
        ChoiceBox<?> direction = robot.lookup("#goalDirection").query();
        assertEquals(Direction.HIGHER_IS_BETTER, direction.getValue());

        robot.clickOn("#goalBaseline").write("20").clickOn("#goalTarget").write("20").clickOn("#createGoal");

        assertEquals("A goal needs a title.", text("#titleProblem"));
        assertTrue(text("#metricProblem").startsWith("A goal needs a metric"));
        assertEquals("The target must differ from the baseline.", text("#targetProblem"));
        assertEquals(List.of(), window.services.goals().all());
        robot.clickOn("#goalPane .button:cancel");
    }

    @Test
    void aGoalIsEditedInTheAppItsSlugAndNotesStayAndItsProgressFollows() throws Exception {
        Goal goal = window.services.goals().create(REVIEW_SPEED);
        window.services.notes().save(NoteDraft.of("Small PRs", "").withGoals(List.of(goal.slug())));
        window.services.tracking().checkIn(goal.slug(), 15, null, "", List.of());
        window.show();
        robot.clickOn(window.sidebarRow("Review speed")).clickOn("#editGoalButton");
        waitFor("#goalTitle");
        assertEquals("Review speed", robot.lookup("#goalTitle").queryTextInputControl().getText());

        typeInto("#goalTitle", "Faster reviews");
        typeInto("#goalTarget", "5");
        robot.clickOn("#saveGoal");

        Goal edited = window.services.goals().find(goal.slug());
        assertEquals("Faster reviews", edited.title());
        assertEquals(5, edited.target());
        assertEquals(1, window.services.goals().linkedNotes(goal.slug()));
        assertEquals(1.0 / 3, window.services.tracking().progress(goal.slug()).progress(), 1e-9);
        assertEquals("Faster reviews", text("#goalHeading"));
    }

    @Test
    void aNameThePreferencesCannotKeepIsSaidInTheDialogNotAfterIt() throws Exception {
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        waitFor("#authorField");
        // 201 characters typed one by one took 14 s; the field is given them at once.
        robot.interact(() -> robot.lookup("#authorField").queryTextInputControl().setText("x".repeat(201)));
        robot.clickOn("#savePreferences");

        assertEquals("Give a name of one line and at most 200 characters.", text("#authorProblem"));
        typeInto("#authorField", "Dana");
        robot.clickOn("#savePreferences");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.services.settings().author().equals("Dana"));
    }

    @Test
    void theCheckInDialogShowsTheMetricsUnitAndRefusesAFutureDayUnderTheField() throws Exception {
        window.services.goals().create(REVIEW_SPEED);
        window.show();
        robot.clickOn(window.sidebarRow("Review speed")).clickOn("#checkInButton");
        waitFor("#checkInValue");

        assertEquals("h", text("#checkInUnit"));
        robot.clickOn("#checkInValue").write("14");
        typeInto("#checkInDate .text-field", "2099-01-01");
        robot.clickOn("#saveCheckIn");

        assertTrue(text("#dateProblem").startsWith("A check-in can’t be later than today"), text("#dateProblem"));
        robot.clickOn("Cancel");
    }

    @Test
    void plusSlugInTheTagsLinksTheGoalAsTheHintSays() throws Exception {
        window.services.goals().create(REVIEW_SPEED);
        window.show();
        robot.clickOn("#noteList").push(KeyCode.CONTROL, KeyCode.N).write("Small PRs");
        robot.clickOn("#tagsField").write("git +review-speed");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        Note saved = window.services.notes().load(NoteFilter.all()).get(0);
        assertEquals(List.of("git"), saved.tags());
        assertEquals(List.of("review-speed"), saved.goals());
        assertTrue(text("#editorStatus").startsWith("Saved "), text("#editorStatus"));
        assertEquals("git", robot.lookup("#tagsField").queryTextInputControl().getText());
    }

    @Test
    void theEditorSaysEditedUntilTheNoteIsSavedAgain() throws Exception {
        window.services.notes().save(NoteDraft.of("Rebase first", "body"));
        window.show();
        robot.clickOn("Rebase first").clickOn("#bodyArea").write(" More.");
        assertEquals("Edited, not saved yet", text("#editorStatus"));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertTrue(text("#editorStatus").startsWith("Saved "));

        robot.write("!");
        assertEquals("Edited, not saved yet", text("#editorStatus"));
    }

    @Test
    void aFilteredListSaysSoAndShowAllClearsIt() throws Exception {
        window.services.notes().save(NoteDraft.of("Rebase first", "").withTags(List.of("git")));
        window.services.notes().save(NoteDraft.of("Plan the sprint", ""));
        window.show();
        Node bar = robot.lookup("#filterBar").query();
        assertFalse(bar.isVisible());

        robot.clickOn(window.sidebarRow("git  1"));
        assertTrue(bar.isVisible());
        assertEquals("Showing only notes tagged #git", text("#filterText"));

        robot.clickOn("#clearFilter");
        assertFalse(bar.isVisible());
        ListView<NoteSummary> list = robot.lookup("#noteList").queryListView();
        assertEquals(2, list.getItems().size());
    }

    @Test
    void exportingTheJournalFromAFilteredListAsksWhichNotesAndSaysWhichItExported() throws Exception {
        window.services.notes().save(NoteDraft.of("Rebase first", "").withTags(List.of("git")));
        window.services.notes().save(NoteDraft.of("Plan the sprint", ""));
        window.picked = java.nio.file.Files.createTempDirectory("learnlog-export");
        window.show();
        robot.clickOn(window.sidebarRow("git  1"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitFor("#exportOnlyThese");
        robot.clickOn("#exportOnlyThese");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#statusLabel").startsWith("Only"));

        assertTrue(text("#statusLabel").startsWith("Only the notes tagged #git: Exported 1 note,"), text("#statusLabel"));
    }

    @Test
    void copyGivesCleanMarkdownAndCopyWithMetadataTheWholeNote() throws Exception {
        window.services.notes().save(NoteDraft.of("Rebase first", "Then push.").withTags(List.of("git", "review")));
        window.show();
        robot.clickOn("Rebase first").push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        assertEquals("# Rebase first\n\nThen push.\n\nTags: #git #review\n", clipboard());

        robot.clickOn("File").clickOn("Copy with metadata");
        assertTrue(clipboard().startsWith("---\n"), clipboard());
        assertTrue(clipboard().contains("title: \"Rebase first\""), clipboard());
    }

    private String clipboard() {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void aNewGoalsChartStartsAtTheBaselineAndOneCheckInReadsAsProgressFromIt() throws Exception {
        Goal goal = window.services.goals().create(REVIEW_SPEED);
        window.services.tracking().checkIn(goal.slug(), 15, null, "", List.of());
        window.show();
        robot.clickOn(window.sidebarRow("Review speed"));

        LineChart<?, ?> chart = robot.lookup(".progress-chart").query();
        var line = chart.getData().get(0).getData();
        assertEquals(2, line.size(), "the baseline, then the check-in");
        assertEquals(20.0, line.get(0).getYValue());
        assertEquals(15.0, line.get(1).getYValue());
        NumberAxis days = (NumberAxis) chart.getXAxis();
        double baseline = goal.baselineDate().toEpochDay();
        assertTrue(days.getLowerBound() < baseline && days.getLowerBound() > baseline - 10, "starts at the baseline");
    }
}
