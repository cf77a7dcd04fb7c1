package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.store.library.WorkTree;

/** A goal's page asks which of its notes are shared, and what teammates said of them. */
class LibraryLinkedToTest {
    @TempDir
    Path dir;

    @Test
    void aGoalsSharedNotesAreFoundAndAFolderThatIsGoneIsPassedOver() throws Exception {
        try (TestJournal test = new TestJournal()) {
            String goal = test.goals.create(new GoalDraft("Review speed", "", "hours to review", "h",
                    Direction.LOWER_IS_BETTER, 20, 10, LocalDate.of(2027, 3, 31), Cadence.WEEKLY)).slug();
            Note linked = test.notes.save(NoteDraft.of("Small PRs", "Split by concern.").withGoals(List.of(goal)));
            Note other = test.notes.save(NoteDraft.of("Unrelated", "Not for this goal."));
            LibrarySharing sharing = test.sharing();
            Path shared = Files.createDirectories(dir.resolve("shared"));
            Path drive = Files.createDirectories(dir.resolve("drive"));
            test.libraries().add("team", shared.toString());
            test.libraries().add("drive", drive.toString());
            sharing.publish(linked.id(), "team");
            sharing.publish(other.id(), "team");

            WorkTree.delete(drive);

            assertEquals(List.of("Small PRs"), sharing.linkedTo(goal).stream().map(LibraryEntry::item)
                    .map(item -> item.title()).toList());
        }
    }
}
