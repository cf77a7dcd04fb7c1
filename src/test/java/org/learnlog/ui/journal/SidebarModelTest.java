package org.learnlog.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.TagCount;
import org.learnlog.service.JournalServices;
import org.learnlog.service.SteppingClock;
import org.learnlog.store.Database;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.SameThreadBackground;
import org.learnlog.ui.StatusLine;

/** The sidebar loads again only what a change can have changed, without a window. */
class SidebarModelTest {
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-29T23:50:00Z"));
    private final JournalServices services = JournalAssembly.over(Database.inMemory(), clock, null);
    private final SameThreadBackground background = new SameThreadBackground();
    private final JournalEvents events = new JournalEvents();
    private final SidebarModel model = new SidebarModel(new SidebarModel.Sources(services.notes(), services.goals(),
            services.aids(), services.reviews(), services.activity()), background, events, new StatusLine(Messages.load()));
    private final List<String> sidebarChanges = new ArrayList<>();

    @BeforeEach
    void oneTaggedNote() {
        services.notes().save(NoteDraft.of("Squash fixups", "git rebase -i --autosquash").withTags(List.of("git")));
        model.load();
        watch("tags", model.tags());
        watch("goals", model.goals());
        watch("aids", model.aids());
        watch("reviews", model.dueReviews());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aSaveThatChangesNoTagAndNoDayLoadsNothing() {
        var note = services.notes().list(org.learnlog.model.NoteFilter.all(), 1).get(0);
        int loads = background.reads();

        saved(new NoteDraft(note.id(), "Squash fixups, again", "", note.date(), note.kind(), "", List.of("git"),
                List.of()));

        assertEquals(loads, background.reads(), "nothing was loaded");
        assertEquals(List.of(), sidebarChanges);
    }

    @Test
    void aNoteWithANewTagChangesTheTagsAlone() {
        saved(NoteDraft.of("Pin plugins", "Unpinned plugins broke CI.").withTags(List.of("git", "ci")));

        assertEquals(List.of(new TagCount("ci", 1), new TagCount("git", 2)), model.tags());
        assertEquals(List.of("tags"), sidebarChanges);
    }

    @Test
    void aNewGoalReloadsTheGoalsAndTheirReviews() {
        services.goals().create(new org.learnlog.model.GoalDraft("Review speed", "", "turnaround", "h",
                org.learnlog.model.Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2027, 3, 31), null));

        events.publish(new JournalEvents.GoalsChanged());

        assertEquals(1, model.goals().size());
        assertEquals(List.of("goals"), sidebarChanges);
    }

    @Test
    void theDayMovesOnAtMidnight() {
        assertEquals(LocalDate.of(2026, 11, 29), model.day().get());

        clock.advance(Duration.ofMinutes(20));
        model.checkDay();

        assertEquals(LocalDate.of(2026, 11, 30), model.day().get());
    }

    private void saved(NoteDraft draft) {
        events.publish(new JournalEvents.NoteSaved(services.notes().saveChange(draft)));
    }

    private <T> void watch(String name, ObservableList<T> list) {
        list.addListener((ListChangeListener<T>) change -> sidebarChanges.add(name));
    }
}
