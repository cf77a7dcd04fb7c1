package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the goal subcommands — status, delete, check-in hints, review — and their error cases. */
class GoalCliTest {
    @TempDir
    Path dir;
    private Path journal;

    @BeforeEach
    void setUp() {
        journal = dir.resolve("journal");
        CliRun goal = run("goals", "add", "--title", "Review speed", "--metric", "median PR review turnaround",
                "--unit", "h", "--baseline", "20", "--target", "10", "--due", "2026-12-31", "--lower-is-better");
        assertEquals(0, goal.code, goal.err);
    }

    private CliRun run(String... args) {
        return CliRun.in(journal, args);
    }

    private CliRun on(LocalDate day, String... args) {
        return CliRun.in(journal, day, args);
    }

    @Test
    void reachingTheTargetSuggestsMarkingTheGoalAchievedAndStatusDoesIt() {
        CliRun reached = run("checkin", "review-speed", "9.5");

        assertEquals(0, reached.code, reached.err);
        assertEquals("You reached the target. Mark the goal achieved: learnlog goals status review-speed achieved",
                reached.lines().get(1));
        assertEquals(List.of("review-speed is achieved since 2026-11-29"),
                run("goals", "status", "review-speed", "achieved").lines());
        assertTrue(run("goals").out.endsWith("(achieved)\n"));
        assertEquals(1, run("checkin", "review-speed", "9").lines().size(), "asked once only");
        assertEquals(2, run("goals", "status", "review-speed", "finished").code);
    }

    @Test
    void editChangesTheNumbersAndWordsKeepsTheSlugAndTheLinksAndRecomputesProgress() {
        run("add", "Smaller PRs +review-speed");
        run("checkin", "review-speed", "15");
        assertTrue(run("goals").out.contains("now 15 h, 50%"), run("goals").out);

        CliRun edited = run("goals", "edit", "review-speed", "--target", "5", "--title", "Faster reviews",
                "--due", "2027-03-31");

        assertEquals(0, edited.code, edited.err);
        assertTrue(edited.out.startsWith("review-speed  Faster reviews  median PR review turnaround: 20 → 5 h by 2027-03-31"
                + "  now 15 h, 33%"), edited.out);
        assertEquals(1, run("list", "--goal", "review-speed").lines().size(), "the note stays linked");
    }

    @Test
    void editRefusesWhatAGoalCannotBeAndSaysWhatToChange() {
        CliRun nothing = run("goals", "edit", "review-speed");
        assertEquals(2, nothing.code);
        assertTrue(nothing.err.contains("Say what to change"), nothing.err);

        CliRun wrongWay = run("goals", "edit", "review-speed", "--target", "30");
        assertEquals(2, wrongWay.code);
        assertEquals("learnlog: Lower is better, so the target must be below the baseline. Swap them, or choose "
                + "higher is better.\n", wrongWay.err);

        CliRun early = run("goals", "edit", "review-speed", "--due", "2026-11-01");
        assertEquals(2, early.code);
        assertEquals("learnlog: The due date must be after the baseline date, 2026-11-29.\n", early.err);
        assertTrue(run("goals").out.contains("by 2026-12-31"), "nothing changed");
    }

    @Test
    void aCheckInIsCorrectedOrDeletedByItsNumberInShow() {
        run("checkin", "review-speed", "18", "--comment", "first");
        run("checkin", "review-speed", "16", "--comment", "second");
        assertTrue(run("goals", "show", "review-speed").out.contains("  2  2026-11-29     16  second"));

        CliRun fixed = run("goals", "checkin-edit", "review-speed", "2", "--value", "12");
        assertEquals(0, fixed.code, fixed.err);
        assertTrue(fixed.out.contains("now 12 h"), fixed.out);
        assertTrue(run("goals", "show", "review-speed").out.contains("  2  2026-11-29     12  second"));

        CliRun asked = run("goals", "checkin-delete", "review-speed", "1");
        assertEquals(2, asked.code);
        assertEquals("learnlog: This deletes check-in 1 (2026-11-29, 18) of review-speed. Add --yes to delete it.\n",
                asked.err);
        assertEquals(0, run("goals", "checkin-delete", "review-speed", "1", "--yes").code);
        assertTrue(run("goals", "show", "review-speed").out.endsWith("  1  2026-11-29     12  second\n"));

        CliRun missing = run("goals", "checkin-edit", "review-speed", "5", "--value", "1");
        assertEquals(2, missing.code);
        assertEquals("learnlog: The goal review-speed has check-ins 1 to 1; learnlog goals show review-speed lists them.\n",
                missing.err);
    }

    @Test
    void deleteSaysHowManyNotesAreLinkedAndNeedsYes() {
        run("add", "Smaller PRs +review-speed");

        CliRun asked = run("goals", "delete", "review-speed");
        assertEquals(2, asked.code);
        assertEquals("learnlog: Deleting review-speed removes its check-ins and reviews and unlinks 1 note "
                + "(the notes are kept). Add --yes to delete it.\n", asked.err);
        assertEquals(1, run("goals").lines().size());

        CliRun deleted = run("goals", "delete", "review-speed", "--yes");
        assertEquals(List.of("Deleted review-speed; 1 note was unlinked and kept."), deleted.lines());
        assertEquals(List.of(), run("goals").lines());
        assertEquals(1, run("list").lines().size());
    }

    @Test
    void reviewListsTheDueGoalsAndWritesTheGoalReview() throws Exception {
        String id = run("add", "Review before standup +review-speed").out.strip();
        run("checkin", "review-speed", "16", "--evidence", id);

        assertEquals(List.of("No goal is due for review."), run("review").lines());
        assertEquals(List.of("review-speed  Review speed  due since 2026-12-06"),
                on(LocalDate.of(2026, 12, 7), "review").lines());

        Path file = dir.resolve("out/review.md");
        CliRun review = run("review", "review-speed", "--to", file.toString());

        assertEquals(0, review.code, review.err);
        assertEquals(List.of(file.toString(), dir.resolve("out/review-notes/Review before standup.md").toString()),
                review.lines());
        String document = Files.readString(file);
        assertTrue(document.contains("| 2026-11-29 | 16 h |  |"), document);
        assertTrue(document.contains("[Review before standup](<review-notes/Review before standup.md>)"), document);
        assertTrue(run("review", "review-speed").out.startsWith("# Goal review: Review speed\n"));
        assertEquals(2, run("review", "nope", "--to", file.toString()).code);
    }

    @Test
    void goalsShowPrintsTheReviewDates() {
        CliRun show = run("goals", "show", "review-speed");

        assertEquals("Next review: 2026-12-06", show.lines().get(1));
    }

    @Test
    void badGoalsAndCheckInsSayWhatToFix() {
        CliRun same = run("goals", "add", "--title", "Same", "--metric", "m", "--baseline", "5", "--target", "5",
                "--due", "2027-01-31");
        CliRun early = run("goals", "add", "--title", "Early", "--metric", "m", "--baseline", "5", "--target", "9",
                "--due", "2026-11-01");
        CliRun word = run("checkin", "review-speed", "fourteen");
        CliRun future = run("checkin", "review-speed", "14", "--date", "2026-12-24");
        CliRun unknown = run("checkin", "reviw-speed", "14");

        assertEquals("learnlog: The target must differ from the baseline.\n", same.err);
        assertEquals("learnlog: The due date must be after the baseline date, 2026-11-29.\n", early.err);
        assertTrue(word.err.contains("'fourteen' is not a number"), word.err);
        assertEquals("learnlog: A check-in can't be dated in the future (2026-12-24). Use today, 2026-11-29, "
                + "or an earlier day.\n", future.err);
        assertEquals("learnlog: There is no goal \"reviw-speed\". `learnlog goals --data-dir " + journal
                + "` lists the goals.\n", unknown.err);
        for (CliRun bad : List.of(same, early, word, future, unknown)) {
            assertEquals(2, bad.code, bad.err);
        }
        assertEquals(1, run("goals").lines().size());
        assertTrue(run("goals", "show", "review-speed").out.endsWith("  #  date        value  comment\n"));
    }
}
