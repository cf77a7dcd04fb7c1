package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.SearchResults;
import org.learnlog.model.TagCount;

/** Renaming and merging tags across the notes, nested tags with their parent, and what can't be done. */
class TagRenamesTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private final Notes notes = test.notes;

    @Test
    void aRenameReachesEveryNoteAndTheTagsNestedUnderIt() {
        Note pool = note("Thread pools", "java", "java/concurrency");
        Note records = note("Records", "java");
        Note other = note("Rebase", "git");

        TagRenames.Renamed renamed = notes.tagRenames().rename("java", "jvm");

        assertEquals("jvm", renamed.tag());
        assertFalse(renamed.merged());
        assertEquals(Set.of(pool.id(), records.id()), Set.copyOf(renamed.notes()));
        assertEquals(List.of("jvm", "jvm/concurrency"), notes.find(pool.id()).orElseThrow().tags());
        assertEquals(List.of("jvm"), notes.find(records.id()).orElseThrow().tags());
        assertEquals(List.of("git"), notes.find(other.id()).orElseThrow().tags());
        assertEquals(List.of(new TagCount("git", 1), new TagCount("jvm", 2), new TagCount("jvm/concurrency", 1)),
                notes.tagsInUse());
        assertEquals(2, notes.list(NoteFilter.tag("jvm"), 10).size(), "the list's filter finds them by the new name");
        assertEquals(pool.updated(), notes.find(pool.id()).orElseThrow().updated(), "a rename is not an edit of the note");
    }

    @Test
    void renamingIntoATagThatIsThereMergesThemAndANoteWithBothKeepsOne() {
        Note both = note("Both", "k8s", "kubernetes");
        note("Only the short one", "k8s");
        note("Only the long one", "kubernetes");

        assertTrue(notes.tagRenames().merges("k8s", "Kubernetes"));
        TagRenames.Renamed merged = notes.tagRenames().rename("k8s", "kubernetes");

        assertTrue(merged.merged());
        assertEquals(2, merged.notes().size());
        assertEquals(List.of("kubernetes"), notes.find(both.id()).orElseThrow().tags());
        assertEquals(List.of(new TagCount("kubernetes", 3)), notes.tagsInUse());
    }

    @Test
    void onlyTheCapitalsCanChange() {
        Note note = note("Rebase", "Git", "Git/rebase");

        notes.tagRenames().rename("git", "git");

        assertEquals(List.of("git", "git/rebase"), notes.find(note.id()).orElseThrow().tags());
        assertEquals(List.of(new TagCount("git", 1), new TagCount("git/rebase", 1)), notes.tagsInUse());
    }

    @Test
    void searchFindsTheNotesByTheirNewTag() {
        note("Thread pools", "java");
        Search search = test.search();
        search.ensureCurrent(Progress.NONE);

        notes.tagRenames().rename("java", "jvm");

        SearchResults jvm = search.search("tag:jvm", 10);
        assertTrue(jvm.fromIndex(), jvm.toString());
        assertEquals(1, jvm.hits().size());
        assertEquals(0, search.search("tag:java", 10).hits().size());
    }

    @Test
    void whatCantBeDoneIsSaidAndChangesNothing() {
        Note note = note("Thread pools", "java");

        assertThrows(NotFoundException.class, () -> notes.tagRenames().rename("python", "py"));
        assertThrows(InvalidInputException.class, () -> notes.tagRenames().rename("java", "java/old"));
        assertThrows(InvalidInputException.class, () -> notes.tagRenames().rename("java", "two words"));
        assertThrows(InvalidInputException.class, () -> notes.tagRenames().rename("java", "java"));
        assertFalse(notes.tagRenames().merges("java", "jvm"));
        assertEquals(List.of("java"), notes.find(note.id()).orElseThrow().tags());
    }

    private Note note(String title, String... tags) {
        return notes.save(NoteDraft.of(title, "Body of " + title).withTags(List.of(tags)));
    }
}
