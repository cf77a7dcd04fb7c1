package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.learnlog.model.GoalCount;
import org.learnlog.model.Heatmap;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.model.Streaks;
import org.learnlog.model.TagCount;

class ActivityTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final LocalDate today = LocalDate.of(2026, 11, 29);

    private void note(LocalDate day, List<String> tags, List<String> goals) {
        test.notes.save(new NoteDraft(null, "Note", "", day, NoteKind.INSIGHT, "", tags, goals));
    }

    @Test
    void theHeatmapCountsTheYearsNotesPerDayWithStreaks() {
        note(today, List.of(), List.of());
        note(today, List.of(), List.of());
        note(today.minusDays(1), List.of(), List.of());
        note(today.minusDays(5), List.of(), List.of());
        note(today.minusYears(2), List.of(), List.of());

        Heatmap map = test.activity().heatmap();

        assertEquals(2, map.count(today));
        assertEquals(0, map.count(today.minusYears(2)), "older than the year shown");
        assertEquals(4, map.total());
        assertEquals(new Streaks(2, 2), map.streaks());
    }

    @Test
    void barChartsCountTheLastNinetyDaysPerGoalAndTag() {
        test.reviewSpeed();
        note(today, List.of("git", "review"), List.of("review-speed"));
        note(today.minusDays(89), List.of("git"), List.of("review-speed"));
        note(today.minusDays(90), List.of("git", "old"), List.of("review-speed"));

        assertEquals(List.of(new GoalCount("review-speed", "Review speed", 2)), test.activity().notesPerGoal());
        assertEquals(List.of(new TagCount("git", 2), new TagCount("review", 1)), test.activity().notesPerTag());
    }
}
