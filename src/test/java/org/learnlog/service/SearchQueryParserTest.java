package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnlog.model.NoteKind;
import org.learnlog.model.SearchQuery;

/** Every operator of the query language, and input that must never break it. */
class SearchQueryParserTest {

    @Test
    void wordsPhrasesAndExclusions() {
        SearchQuery query = SearchQueryParser.parse("rebase \"interactive rebase\" -merge -\"force push\"");

        assertEquals(List.of("rebase"), query.words());
        assertEquals(List.of("interactive rebase"), query.phrases());
        assertEquals(List.of("merge", "force push"), query.excluded());
        assertEquals(List.of(), query.hints());
    }

    @Test
    void filtersByTagGoalKindAndDay() {
        SearchQuery query = SearchQueryParser.parse("tag:#git goal:+review-speed kind:how-to kind:mistake "
                + "after:2025-01-01 before:2025-06-30 on:2025-03-01");

        assertEquals(List.of("git"), query.tags());
        assertEquals(List.of("review-speed"), query.goals());
        assertEquals(List.of(NoteKind.HOW_TO, NoteKind.MISTAKE), query.kinds());
        assertEquals(LocalDate.of(2025, 1, 1), query.after());
        assertEquals(LocalDate.of(2025, 6, 30), query.before());
        assertEquals(LocalDate.of(2025, 3, 1), query.on());
        assertTrue(query.hasNoText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rebase", "  Rebasing  ", "tag: rebase"})
    void oneWordAlone(String input) {
        assertTrue(SearchQueryParser.parse(input).isOneWord());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rebase squash", "\"rebase\"", "rebase -merge", "rebase tag:git", "rebase goal:speed",
        "rebase kind:how-to", "rebase after:2025-01-01", "rebase before:2025-01-01", "rebase on:2025-01-01", "", "-merge"})
    void moreThanOneWordAlone(String input) {
        assertFalse(SearchQueryParser.parse(input).isOneWord());
    }

    @Test
    void emptyOrBadFiltersBecomeHintsNotErrors() {
        SearchQuery query = SearchQueryParser.parse("tag: goal: kind:poem before:yesterday on:");

        assertEquals(List.of("Give tag: a name, e.g. tag:git.", "Give goal: a name, e.g. goal:review-speed.",
                "kind: is one of insight, how-to, mistake, question, resource; \"poem\" is not.",
                "before: needs a day like 2025-01-31; \"yesterday\" is not one.",
                "on: needs a day like 2025-01-31."), query.hints());
        assertTrue(query.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND", "\"", "(", "%", "_", "*", "c++", "-", "tag:", "\"unclosed phrase", "a:b:c", "OR NOT",
        "\u0000\ud800", "-\"\"", "   "})
    void hostileInputIsReadWithoutFailing(String input) {
        SearchQuery query = SearchQueryParser.parse(input);

        assertTrue(query.words().size() + query.phrases().size() + query.hints().size() + query.excluded().size() <= 2,
                query.toString());
    }

    @Test
    void aHugeQueryIsCutWithAHint() {
        SearchQuery query = SearchQueryParser.parse("word ".repeat(2_000));

        assertEquals(200, query.words().size());
        assertEquals(List.of("Only the first 1,000 characters were searched."), query.hints());
    }
}
