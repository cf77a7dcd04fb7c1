package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchResults;
import org.learnlog.model.Snippet;

/** Searching an in-memory journal: ranking, stemming, operators, highlights and hostile input. */
class SearchTest {
    @AutoClose
    private final TestJournal test = new TestJournal();
    private Search search;

    @BeforeEach
    void index() {
        search = test.search();
        search.ensureCurrent(Progress.NONE);
    }

    private void note(String title, String body, LocalDate day, NoteKind kind, List<String> tags, List<String> goals) {
        test.notes.save(new NoteDraft(null, title, body, day, kind, "", tags, goals));
        test.clock.advance(Duration.ofSeconds(1));
    }

    private void note(String title, String body) {
        note(title, body, LocalDate.of(2026, 11, 1), NoteKind.INSIGHT, List.of(), List.of());
    }

    private List<String> titles(String query) {
        return search.search(query, 20).hits().stream().map(hit -> hit.title().text()).toList();
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        note("Notes on deploys", "Always rebase before you push.");
        note("Rebase first", "Keeps history linear.");

        assertEquals(List.of("Rebase first", "Notes on deploys"), titles("rebase"));
    }

    @Test
    void wordsAreStemmedAndCaseAndAccentsDoNotMatter() {
        note("Rebasing a branch", "");
        note("Café notes", "Résumé of the day");

        assertEquals(List.of("Rebasing a branch"), titles("REBASED"));
        assertEquals(List.of("Café notes"), titles("cafe resume"));
    }

    @Test
    void equalMatchesComeNewestFirst() {
        note("Squash fixups", "", LocalDate.of(2026, 1, 1), NoteKind.INSIGHT, List.of(), List.of());
        note("Squash fixups", "", LocalDate.of(2026, 3, 1), NoteKind.INSIGHT, List.of(), List.of());

        List<SearchHit> hits = search.search("squash", 20).hits();

        assertEquals(LocalDate.of(2026, 3, 1), hits.get(0).date());
    }

    @Test
    void phrasesExclusionsAndFilters() {
        test.reviewSpeed();
        note("Interactive rebase", "rebase -i", LocalDate.of(2025, 2, 1), NoteKind.HOW_TO, List.of("java/concurrency"),
                List.of("review-speed"));
        note("Rebase interactive mode", "", LocalDate.of(2025, 5, 1), NoteKind.MISTAKE, List.of("git"), List.of());

        assertEquals(List.of("Interactive rebase"), titles("\"interactive rebase\""));
        assertEquals(List.of("Rebase interactive mode"), titles("rebase -java"));
        assertEquals(List.of("Interactive rebase"), titles("tag:java"));
        assertEquals(List.of("Interactive rebase"), titles("goal:review-speed"));
        assertEquals(List.of("Rebase interactive mode"), titles("kind:mistake"));
        assertEquals(List.of("Rebase interactive mode"), titles("rebase after:2025-02-01"));
        assertEquals(List.of("Interactive rebase"), titles("before:2025-02-02"));
        assertEquals(List.of("Interactive rebase"), titles("on:2025-02-01"));
    }

    @Test
    void aPhraseRunsWithinOneTagButNotFromOneTagIntoTheNext() {
        note("Two tags", "", LocalDate.of(2026, 1, 1), NoteKind.INSIGHT, List.of("git", "java"), List.of());
        note("One tag", "", LocalDate.of(2026, 1, 1), NoteKind.INSIGHT, List.of("git/java"), List.of());

        assertEquals(List.of("One tag"), titles("\"git java\""));
        assertEquals(List.of("One tag", "Two tags"), titles("git java").stream().sorted().toList());
    }

    @Test
    void eachWordMayBeFoundInADifferentPartOfTheNote() {
        test.notes.save(new NoteDraft(null, "Rebase first", "Keeps history linear.", LocalDate.of(2026, 1, 1),
                NoteKind.INSIGHT, "pairing with Ana", List.of("git"), List.of()));

        assertEquals(List.of("Rebase first"), titles("rebase linear git ana"));
        assertEquals(List.of(), titles("rebase -ana"));
        assertEquals(List.of(), titles("rebase -git"));
    }

    @Test
    void whileTheIndexIsRebuiltTheScanSaysWhenMoreNotesMatchThanItShows() {
        note("Rebase one", "");
        note("Rebase two", "");
        note("Rebase three", "");
        Search scanning = test.search();

        SearchResults some = scanning.search("rebase", 2);
        SearchResults all = scanning.search("rebase", 3);

        assertEquals(List.of(false, 2L, false), List.of(some.fromIndex(), some.total(), some.exactTotal()));
        assertEquals(2, some.hits().size());
        assertEquals(List.of(false, 3L, true), List.of(all.fromIndex(), all.total(), all.exactTotal()));
    }

    @Test
    void matchesAreMarkedInTitleAndSnippet() {
        note("Rebase before review", "Reviewers like a linear history, so rebase often.");

        SearchHit hit = search.search("rebase", 20).hits().get(0);

        assertEquals("Rebase before review", hit.title().text());
        assertEquals(List.of(new Snippet.Span(0, 6)), hit.title().matches());
        assertEquals("Reviewers like a linear history, so **rebase** often.", hit.snippet().marked("**", "**"));
    }

    @Test
    void aMatchDeepInALongBodyIsShownInASnippetOfAboutALineAroundIt() {
        String filler = "lorem ipsum dolor sit amet ".repeat(100);
        note("Long note", filler + "then squash the fixups before review " + filler);

        Snippet snippet = search.search("squash", 20).hits().get(0).snippet();

        assertTrue(snippet.text().length() <= 200, snippet.text());
        assertEquals(1, snippet.matches().size());
        Snippet.Span match = snippet.matches().get(0);
        assertEquals("squash", snippet.text().substring(match.start(), match.end()));
        assertTrue(match.start() > 20, "some words before the match show its context");
    }

    @Test
    void aNoteFoundByItsTitleShowsTheStartOfItsBodyWithItsLinesJoined() {
        note("Rebase first", "Keeps   history\n\nlinear. " + "More words follow here. ".repeat(30));

        Snippet snippet = search.search("rebase", 20).hits().get(0).snippet();

        assertTrue(snippet.text().startsWith("Keeps history linear. More words"), snippet.text());
        assertTrue(snippet.text().length() <= 200, snippet.text());
        assertEquals(List.of(), snippet.matches());
    }

    @Test
    void aPhraseIsMarkedWhereItStandsAndNotWhereItsWordsStandApart() {
        note("Rebase", "An interactive session. Then an interactive rebase.");

        Snippet snippet = search.search("\"interactive rebase\"", 20).hits().get(0).snippet();

        assertEquals("An interactive session. Then an **interactive** **rebase**.", snippet.marked("**", "**"));
    }

    @Test
    void savesAndDeletesReachTheIndexAtOnce() {
        note("Pin plugin versions", "");
        assertEquals(1, search.search("plugin", 20).total());

        test.trash().delete(List.of(search.search("plugin", 20).hits().get(0).id()));

        assertEquals(0, search.search("plugin", 20).total());
    }

    @Test
    void aDeletedGoalNoLongerFindsTheNotesThatWereLinkedToIt() {
        test.reviewSpeed();
        note("Smaller PRs", "", LocalDate.of(2026, 11, 1), NoteKind.INSIGHT, List.of(), List.of("review-speed"));
        assertEquals(List.of("Smaller PRs"), titles("goal:review-speed"));

        test.goals.delete("review-speed");

        assertEquals(List.of(), titles("goal:review-speed"));
        assertEquals(List.of("Smaller PRs"), titles("smaller"));
        assertEquals(false, search.needsRebuild());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND", "\"", "(", "%", "_", "*", "c++", "-", "tag:", "\"unclosed", "OR NOT the",
        "\u0000", "a:b"})
    void hostileInputNeverThrows(String input) {
        note("C++ templates 100% explained (part 1)", "Use * and _ with care: AND, OR.");

        SearchResults results = search.search(input, 20);

        assertTrue(results.total() <= 1, input);
    }

    @Test
    void tenThousandCharactersAreCutAndStillSearched() {
        note("Pin plugin versions", "");

        SearchResults results = search.search("plugin " + "x".repeat(10_000), 20);

        assertEquals(1, results.total());
        assertEquals(List.of("Only the first 1,000 characters were searched.",
                "Words of more than 100 characters were left out."), results.hints());
    }

    @Test
    void cPlusPlusFindsTheNoteAboutIt() {
        note("C++ templates", "");
        note("Java generics", "");

        assertEquals(List.of("C++ templates"), titles("c++"));
    }
}
