package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.ReviewDraft;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;

/** A goal's check-ins and reviews leave with an export and come back with an import. */
class GoalHistoryImportTest {
    @AutoClose
    private final TestJournal mine = new TestJournal();
    @AutoClose
    private final TestJournal theirs = new TestJournal();
    @TempDir
    Path dir;

    @Test
    void aPartialExportKeepsTheCheckInAndSaysWhichEvidenceWasLeftOut() throws Exception {
        mine.reviewSpeed();
        Note evidence = mine.notes.save(NoteDraft.of("Smaller PRs", "").withTags(List.of("git")));
        mine.tracking().checkIn("review-speed", 15, null, "two\nlines", List.of(evidence.id()));
        mine.clock.advance(Duration.ofMinutes(1));
        mine.reviews().save("review-speed", new ReviewDraft(OptionalDouble.of(14), "pairing", "", "split PRs"));
        mine.journalExport().export(NoteFilter.tag("no-such-tag"), dir);
        assertEquals(2, Files.list(dir.resolve("goals/review-speed/check-ins")).count());

        ImportReport report = theirs.journalImport().importFrom(dir);

        Entry withEvidence = report.entries().stream().filter(e -> e.detail().contains("evidence")).findFirst().orElseThrow();
        assertEquals(Outcome.IMPORTED, withEvidence.outcome());
        assertEquals("1 evidence note is not in the journal and was left out.", withEvidence.detail());
        assertEquals(List.of("two\nlines", "Review"),
                theirs.tracking().checkIns("review-speed").stream().map(c -> c.comment()).toList());
        assertEquals("split PRs", theirs.reviews().report("review-speed").nextTry().orElseThrow());
        assertEquals(theirs.tracking().checkIns("review-speed").get(1).id(),
                theirs.reviews().report("review-speed").reviews().get(0).checkInId().orElseThrow());
    }

    @Test
    void historyWithoutItsGoalOrWithAStrangeTypeIsSkippedWithAReason() throws Exception {
        Files.createDirectories(dir.resolve("goals/lost/check-ins"));
        Files.writeString(dir.resolve(".learnlog-export"), "");
        Files.writeString(dir.resolve("goals/lost/check-ins/a.md"), mineCheckInFile());
        Files.writeString(dir.resolve("goals/lost/check-ins/b.md"), "---\ntype: recipe\n---\n");

        ImportReport report = theirs.journalImport().importFrom(dir);

        assertEquals(2, report.count(Outcome.SKIPPED), report.summary());
        assertTrue(report.entries().stream().anyMatch(e -> e.detail().startsWith("Its goal is not in the journal")));
        assertTrue(report.entries().stream().anyMatch(e -> e.detail().startsWith("Not a check-in or review")));
    }

    private String mineCheckInFile() throws Exception {
        mine.reviewSpeed();
        mine.tracking().checkIn("review-speed", 15, null, "", List.of());
        Path out = dir.resolveSibling(dir.getFileName() + "-mine");
        mine.journalExport().export(NoteFilter.all(), out);
        try (var files = Files.list(out.resolve("goals/review-speed/check-ins"))) {
            return Files.readString(files.findFirst().orElseThrow());
        }
    }
}
