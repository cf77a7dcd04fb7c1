package org.learnlog.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.learnlog.model.GoalCount;
import org.learnlog.model.Heatmap;
import org.learnlog.model.TagCount;
import org.learnlog.store.NoteCounts;

/** The pictures of how much the worker learns: the year's heatmap, and notes per goal and tag lately. */
public final class Activity {
    /** "Lately" for the bar charts. */
    public static final int RECENT_DAYS = 90;
    static final int TOP_TAGS = 12;

    private final NoteCounts counts;
    private final Clock clock;

    public Activity(NoteCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    public Heatmap heatmap() {
        LocalDate today = LocalDate.now(clock);
        return Heatmap.of(counts.perDay(Heatmap.firstDay(today), today), today);
    }

    public List<GoalCount> notesPerGoal() {
        return counts.perGoal(recentStart());
    }

    /** The most used tags of the last {@value #RECENT_DAYS} days, most notes first. */
    public List<TagCount> notesPerTag() {
        return counts.perTag(recentStart(), TOP_TAGS);
    }

    private LocalDate recentStart() {
        return LocalDate.now(clock).minusDays(RECENT_DAYS - 1L);
    }
}
