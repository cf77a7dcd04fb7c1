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
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.SameThreadBackground;

/** What the main window's model loads after each save, without a window. */
class NoteListModelTest {
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-29T23:50:00Z"));
    private final JournalServices services = JournalAssembly.over(Database.inMemory(), clock, null);
    private final NoteListModel model = new NoteListModel(services, new SameThreadBackground(), new Navigation(),
            Messages.load());
    private final List<String> sidebarChanges = new ArrayList<>();

    @BeforeEach
    void oneTaggedNote() {
        services.notes().save(NoteDraft.of("Squash fixups", "git rebase -i --autosquash").withTags(List.of("git")));
        model.refresh();
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
    void aSaveThatChangesNoTagLeavesTheSidebarsListsAlone() {
        services.notes().save(NoteDraft.of("Pin plugins", "Unpinned plugins broke CI."));

        model.refresh();

        assertEquals(2, model.notes().size());
        assertEquals(List.of(new TagCount("git", 1)), model.tags());
        assertEquals(List.of(), sidebarChanges);
    }

    @Test
    void aNoteWithATagChangesTheTagsAlone() {
        services.notes().save(NoteDraft.of("Pin plugins", "Unpinned plugins broke CI.").withTags(List.of("git", "ci")));

        model.refresh();

        assertEquals(List.of(new TagCount("ci", 1), new TagCount("git", 2)), model.tags());
        assertEquals(List.of("tags"), sidebarChanges);
    }

    @Test
    void aLoadThatFindsNothingNewChangesNothing() {
        model.refresh();

        assertEquals(List.of(), sidebarChanges);
        assertEquals(1, model.notes().size());
    }

    @Test
    void theDayMovesOnAtMidnightWithTheNextLoad() {
        assertEquals(LocalDate.of(2026, 11, 29), model.day().get());

        clock.advance(Duration.ofMinutes(20));
        model.refresh();

        assertEquals(LocalDate.of(2026, 11, 30), model.day().get());
    }

    private <T> void watch(String name, ObservableList<T> list) {
        list.addListener((ListChangeListener<T>) change -> sidebarChanges.add(name));
    }
}
