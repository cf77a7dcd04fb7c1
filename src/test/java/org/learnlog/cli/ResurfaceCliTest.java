package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `learnlog resurface` lists today's learnings due for another look and records the answer. */
class ResurfaceCliTest {
    @TempDir
    Path journal;

    @Test
    void dueLearningsAreListedAndAnAnswerSendsThemAway() {
        CliRun.in(journal, "goals", "add", "--title", "Review speed", "--metric", "turnaround", "--baseline", "20",
                "--target", "10", "--due", "2027-06-30", "--lower-is-better");
        LocalDate today = LocalDate.now(CliRun.CLOCK);
        String old = today.minusDays(10).toString();
        String id = CliRun.in(journal, "add", "Bisect a flaky test +review-speed", "--date", old).out.strip();
        CliRun.in(journal, "add", "Written today +review-speed");
        CliRun.in(journal, "add", "Stale hint +review-speed", "--date", old);

        CliRun due = CliRun.in(journal, "resurface");

        assertEquals(0, due.code, due.err);
        assertTrue(due.out.startsWith("Worth another look today:\n"), due.out);
        assertTrue(due.out.contains(id.substring(0, 8) + "  Bisect a flaky test  (" + old + " · Review speed)"), due.out);
        assertTrue(due.out.contains("Stale hint") && !due.out.contains("Written today"), due.out);

        CliRun useful = CliRun.in(journal, "resurface", "--useful", id.substring(0, 8));
        assertEquals("\"Bisect a flaky test\" comes back on " + today.plusDays(7) + ".\n", useful.out);
        String stale = CliRun.in(journal, "resurface").out.lines().filter(l -> l.contains("Stale hint")).findFirst()
                .orElseThrow().strip().substring(0, 8);
        assertTrue(CliRun.in(journal, "resurface", "--outdated", stale).out.contains("no longer comes back"));

        assertTrue(CliRun.in(journal, "resurface").out.startsWith("Nothing to look at again today."));
        CliRun both = CliRun.in(journal, "resurface", "--useful", stale, "--outdated", stale);
        assertEquals(ExitCodes.BAD_INPUT, both.code, both.err);
    }
}
