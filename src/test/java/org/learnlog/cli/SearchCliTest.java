package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: `learnlog search` and `learnlog reindex` on a real journal folder. */
class SearchCliTest {
    @TempDir
    Path dir;
    private Path journal;

    @BeforeEach
    void setUp() {
        journal = dir.resolve("journal");
        run("add", "Rebase before you open the PR #git", "--body", "Keeps the review small.");
        run("add", "Pin plugin versions #maven", "--body", "Unpinned plugins broke CI after a rebase.");
    }

    private CliRun run(String... args) {
        return CliRun.in(journal, args);
    }

    @Test
    void searchPrintsTheBestMatchFirstWithTheMatchesMarked() {
        CliRun search = run("search", "rebase");

        assertEquals(0, search.code, search.err);
        List<String> lines = search.lines();
        assertTrue(lines.get(0).matches("2026-11-29  [0-9a-f]{8}  \\*\\*Rebase\\*\\* before you open the PR  #git"),
                lines.get(0));
        assertEquals("    Unpinned plugins broke CI after a **rebase**.", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void jsonGivesTheTotalHintsAndMatchedRanges() {
        CliRun search = run("search", "tag:maven", "plugins", "tag:", "--json");

        assertEquals(0, search.code, search.err);
        assertTrue(search.out.startsWith("{\"total\":1,\"exactTotal\":true,\"fromIndex\":true,"
                + "\"hints\":[\"Give tag: a name, e.g. tag:git.\"],"
                + "\"hits\":[{\"id\":\""), search.out);
        assertTrue(search.out.contains("\"title\":{\"text\":\"Pin plugin versions\",\"matches\":[[4,10]]}"), search.out);
        assertEquals("hint: Give tag: a name, e.g. tag:git.\n", search.err);
    }

    @Test
    void hostileQueriesAnswerCalmly() {
        for (String query : List.of("AND", "\"", "(", "%", "_", "*", "c++", "-", "tag:", "x".repeat(10_000))) {
            CliRun search = run("search", query);
            assertEquals(0, search.code, query + ": " + search.err);
        }
        assertEquals(2, run("search", "rebase", "--limit", "0").code);
    }

    @Test
    void aLostIndexIsRebuiltBeforeSearchingAndReindexRebuildsOnRequest() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve("journal/index"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }

        CliRun search = run("search", "plugin");
        CliRun reindex = run("reindex");

        assertEquals("Rebuilt the search index.\n", search.err);
        assertEquals(1, search.lines().size() / 2);
        assertEquals(0, reindex.code, reindex.err);
        assertTrue(reindex.out.startsWith("Rebuilt the search index in "), reindex.out);
        assertEquals("", run("search", "plugin").err);
    }
}
