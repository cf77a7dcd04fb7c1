package org.learnlog.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagSuggestionsTest {
    private static final List<String> KNOWN = List.of("git", "github", "java", "java/concurrency");

    @Test
    void theWordBeingTypedIsCompletedFromKnownTags() {
        assertEquals(List.of("java git ", "java github "), TagSuggestions.suggest("java gi", KNOWN));
        assertEquals(List.of("java ", "java/concurrency "), TagSuggestions.suggest("#Ja", KNOWN));
    }

    @Test
    void tagsAlreadyTypedAndFinishedWordsGetNoSuggestions() {
        assertEquals(List.of("git github "), TagSuggestions.suggest("git git", KNOWN));
        assertEquals(List.of(), TagSuggestions.suggest("git ", KNOWN));
        assertEquals(List.of(), TagSuggestions.suggest("", KNOWN));
    }
}
