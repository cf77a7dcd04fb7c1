package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;

class CaptureLineTest {

    @Test
    void hashWordsBecomeTagsAndPlusSlugsLinkGoals() {
        NoteDraft draft = CaptureLine.parse("Squash fixups with git rebase -i --autosquash #git +review-speed");

        assertEquals("Squash fixups with git rebase -i --autosquash", draft.title());
        assertEquals(List.of("git"), draft.tags());
        assertEquals(List.of("review-speed"), draft.goals());
    }

    @Test
    void markersInsideWordsStayInTheTitle() {
        NoteDraft draft = CaptureLine.parse("C# and C++ differ; 1+1 is #lang/c-sharp");

        assertEquals("C# and C++ differ; 1+1 is", draft.title());
        assertEquals(List.of("lang/c-sharp"), draft.tags());
        assertEquals(List.of(), draft.goals());
    }

    @Test
    void anExclamationKindSaysWhatSortOfNoteItIsAndOtherExclamationsStay() {
        NoteDraft draft = CaptureLine.parse("Never force-push a shared branch !mistake #git");
        NoteDraft plain = CaptureLine.parse("It works !really, and fast!");

        assertEquals(NoteKind.MISTAKE, draft.kind());
        assertEquals("Never force-push a shared branch", draft.title());
        assertEquals(NoteKind.INSIGHT, plain.kind());
        assertEquals("It works !really, and fast!", plain.title());
    }
}
