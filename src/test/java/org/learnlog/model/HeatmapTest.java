package org.learnlog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The heatmap's days, shades and streaks. */
class HeatmapTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void theYearStartsOnAMondayFiftyTwoWeeksBack() {
        LocalDate first = Heatmap.firstDay(TODAY);

        assertEquals(DayOfWeek.MONDAY, first.getDayOfWeek());
        assertEquals(LocalDate.of(2025, 11, 24), first);
    }

    @Test
    void shadesFollowTheShareOfTheBusiestDay() {
        Heatmap map = Heatmap.of(List.of(new DayCount(TODAY, 8), new DayCount(TODAY.minusDays(1), 1),
                new DayCount(TODAY.minusDays(2), 4)), TODAY);

        assertEquals(0, map.level(TODAY.minusDays(3)));
        assertEquals(1, map.level(TODAY.minusDays(1)));
        assertEquals(2, map.level(TODAY.minusDays(2)));
        assertEquals(4, map.level(TODAY));
        assertEquals(13, map.total());
    }

    @Test
    void theCurrentStreakSurvivesADayWithNoNoteYet() {
        Set<LocalDate> days = Set.of(TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(3));

        assertEquals(new Streaks(3, 3), Streaks.of(days, TODAY));
        assertEquals(new Streaks(0, 3), Streaks.of(days, TODAY.plusDays(1)));
    }

    @Test
    void theLongestStreakCanLieInThePastAndCrossMonthEnds() {
        Set<LocalDate> days = Set.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), TODAY);

        assertEquals(new Streaks(1, 4), Streaks.of(days, TODAY));
        assertEquals(new Streaks(0, 0), Streaks.of(Set.of(), TODAY));
    }
}
