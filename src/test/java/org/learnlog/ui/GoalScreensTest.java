package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.Direction;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.Review;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Goals screen, a goal's page and Review in the real window, headless under Monocle. */
class GoalScreensTest {
    private static final GoalDraft REVIEW_SPEED = new GoalDraft("Review speed", "", "median PR review turnaround",
            "h", Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2026, 12, 31), null);

    @TempDir
    Path dir;
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

    private void checkIn(String value) throws Exception {
        robot.clickOn("#checkInButton");
        // The dialog's window opens on the next pulse; wait for its field, not for a time.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#checkInValue").tryQuery().isPresent());
        robot.clickOn("#checkInValue").write(value).clickOn("#saveCheckIn");
    }

    @Test
    void aGoalMadeInTheAppIsCheckedInTwiceChartedListedAndReviewed() throws Exception {
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.G);
        robot.clickOn("#goalTitle").write("Review speed").clickOn("#goalMetric").write("median PR review turnaround");
        robot.clickOn("#goalBaseline").write("20").clickOn("#goalTarget").write("10").clickOn("#createGoal");
        assertEquals(1, window.services.goals().all().size());
        robot.clickOn(window.sidebarRow("Review speed"));
        assertEquals("Review speed", robot.lookup("#goalHeading").queryLabeled().getText());

        checkIn("16");
        checkIn("14");

        LineChart<?, ?> chart = robot.lookup(".progress-chart").query();
        assertEquals(3, chart.getData().get(0).getData().size(), "the baseline, then two check-ins");
        assertTrue(chart.getAccessibleText().contains("2 check-ins, latest"), chart.getAccessibleText());
        robot.clickOn(window.sidebarRow("Goals"));
        ListView<GoalProgress> rows = robot.lookup("#goalList").queryListView();
        assertEquals(0.6, rows.getItems().get(0).progress(), 1e-9);
        assertTrue(robot.lookup(".goal-percent").queryLabeled().getText().equals("60 %"));

        robot.doubleClickOn(".goal-title");
        robot.clickOn("#reviewButton");
        robot.clickOn("#reviewMoved").write("Reviewing before standup");
        robot.clickOn("#reviewNextTry").write("Split PRs under 300 lines").clickOn("#saveReview");

        List<Review> reviews = window.services.reviews().report("review-speed").reviews();
        assertEquals(1, reviews.size());
        assertEquals("Split PRs under 300 lines", reviews.get(0).nextTry());
        assertEquals("Review of “Review speed” saved.", robot.lookup("#reviewMessage").queryLabeled().getText());
        robot.clickOn(window.sidebarRow("Review speed"));
        assertEquals("Next I will try: Split PRs under 300 lines", robot.lookup("#nextTry").queryLabeled().getText());
    }

    @Test
    void reachingTheTargetAsksToMarkTheGoalAchieved() throws Exception {
        window.services.goals().create(REVIEW_SPEED);
        window.show();
        robot.clickOn(window.sidebarRow("Review speed"));

        checkIn("9.5");
        robot.clickOn("#markAchieved");

        assertEquals(GoalStatus.ACHIEVED, window.services.goals().find("review-speed").status());
        assertEquals("achieved", robot.lookup("#goalBadge").queryLabeled().getText());
    }

    @Test
    void aCheckInCanBeCorrectedAndTheGoalExportedAsAReviewWithItsChart() throws Exception {
        window.services.goals().create(REVIEW_SPEED);
        window.services.notes().save(NoteDraft.of("Test plans help", "A test plan in the PR.")
                .withGoals(List.of("review-speed")));
        window.picked = dir;
        window.show();
        robot.clickOn(window.sidebarRow("Review speed"));
        checkIn("16");

        robot.doubleClickOn("16");
        robot.doubleClickOn("#checkInValue").eraseText(4).write("15").clickOn(".dialog-pane .check-box").clickOn("#saveCheckIn");
        robot.clickOn("#exportReviewButton");

        assertEquals(15, window.services.tracking().checkIns("review-speed").get(0).value());
        assertEquals(1, window.services.tracking().checkIns("review-speed").get(0).evidence().size());
        Path review = dir.resolve("review-speed review 2026-11-29.md");
        Path chart = dir.resolve("review-speed review 2026-11-29-progress.png");
        assertTrue(Files.readString(review).contains("![Progress of Review speed](<review-speed review 2026-11-29-progress.png>)"));
        byte[] png = Files.readAllBytes(chart);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        assertTrue(png.length > 5_000, "a drawn chart, not an empty image: " + png.length + " bytes");
        Label message = robot.lookup("#goalMessage").query();
        assertEquals("Goal review written to " + review, message.getText());
    }

    @Test
    void theHeatmapShowsTodaysNotesAndTheStreak() throws Exception {
        window.services.notes().save(NoteDraft.of("One", ""));
        window.services.notes().save(NoteDraft.of("Two", ""));
        window.show();

        assertTrue(robot.lookup(".heatmap-summary").queryLabeled().getText()
                .startsWith("2 notes in the last year   ·   current streak 1 day"));
        assertEquals(1, robot.lookup(".heat-4").queryAll().size());
        assertEquals("2026-11-29 (Sun): 2 notes", robot.lookup(".heat-4").query().getAccessibleText());
    }
}
