package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.model.ReviewDraft;

class GoalReviewExportTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @AutoClose
    private final TestJournal test = new TestJournal();
    @TempDir
    Path dir;

    private Note evidence() {
        test.reviewSpeed();
        Note note = test.notes.save(new NoteDraft(null, "Review [in] the *morning*", "First thing, before mail, "
                + "I review open PRs.\n\nSecond paragraph.", LocalDate.of(2026, 11, 29), NoteKind.HOW_TO, "", List.of(),
                List.of("review-speed")));
        test.tracking().checkIn("review-speed", 16, null, "smaller | PRs", List.of(note.id()));
        test.reviews().save("review-speed", new ReviewDraft(OptionalDouble.empty(), "review slots", "on call", "pairing"));
        return note;
    }

    @Test
    void theReviewHoldsTheNumbersCheckInsEvidenceAndAnswersWithTheChartBesideIt() throws Exception {
        Note note = evidence();

        List<Path> written = test.reviewExport().write("review-speed", dir.resolve("q4 review.md"), PNG, false);

        String document = Files.readString(dir.resolve("q4 review.md"));
        assertEquals(dir.resolve("q4 review.md"), written.get(0));
        assertArrayEquals(PNG, Files.readAllBytes(dir.resolve("q4 review-progress.png")));
        assertTrue(document.contains("# Goal review: Review speed"), document);
        assertTrue(document.contains("| Baseline | 20 h on 2026-11-29 |"), document);
        assertTrue(document.contains("| Latest | 16 h on 2026-11-29 |"), document);
        assertTrue(document.contains("| Target | 10 h by 2026-12-31 (32 days left) |"), document);
        assertTrue(document.contains("| Progress | 40 %, on track |"), document);
        assertTrue(document.contains("![Progress of Review speed](<q4 review-progress.png>)"), document);
        assertTrue(document.contains("**Next I will try:** pairing"), document);
        assertTrue(document.contains("| 2026-11-29 | 16 h | smaller \\| PRs |"), document);
        assertTrue(document.contains("- 2026-11-29 — [Review \\[in\\] the \\*morning\\*](<q4 review-notes/"
                + "Review [in] the -morning-.md>): First thing, before mail, I review open PRs."), document);
        assertTrue(document.contains("**What got in the way?**\n\non call"), document);
        Path copy = dir.resolve("q4 review-notes/Review [in] the -morning-.md");
        assertEquals(note, NoteMarkdown.read(Files.readString(copy, StandardCharsets.UTF_8)));
        assertEquals(3, written.size());
    }

    @Test
    void withoutAChartThereIsNoImageAndNoBrokenLink() throws Exception {
        evidence();

        test.reviewExport().write("review-speed", dir.resolve("review.md"), null, false);

        assertFalse(Files.exists(dir.resolve("review-progress.png")));
        assertFalse(Files.readString(dir.resolve("review.md")).contains("!["));
    }

    @Test
    void aFolderOrAnUnknownGoalIsRefused() {
        evidence();

        assertThrows(InvalidInputException.class, () -> test.reviewExport().write("review-speed", dir, null, false));
        assertThrows(NotFoundException.class, () -> test.reviewExport().write("nope", dir.resolve("x.md"), null, false));
    }
}
