package org.learnlog.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;
import org.learnlog.service.SearchQueryParser;

/**
 * Searching an index in parts at once, or ranking one word while skipping what can't make the best,
 * finds what scoring every match in one pass finds, in the same order with the same scores, and counts
 * every match exactly: across segments, deletions and ties of score and day.
 */
class RankedSearchTest {
    private static final String[] WORDS = {"rebase", "review", "testing", "deploy", "git", "java", "cache", "merge"};

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final JournalAnalyzer analyzer = new JournalAnalyzer();
    private final IndexQueries queries = new IndexQueries(analyzer);
    private DirectoryReader reader;

    RankedSearchTest() throws Exception {
        Random random = new Random(7);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < 600; i++) {
                writer.addDocument(NoteDocuments.of(note(i, random)));
                if (i == 400) {
                    writer.commit();
                }
            }
            writer.deleteDocuments(new Term(NoteDocuments.ID, new UUID(0, 13).toString()));
            writer.deleteDocuments(new Term(NoteDocuments.ID, new UUID(0, 450).toString()));
        }
        reader = DirectoryReader.open(directory);
    }

    private static Note note(int number, Random random) {
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        return new Note(new UUID(0, number), words(random, 3), words(random, 5 + random.nextInt(40)),
                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(20)), NoteKind.INSIGHT, "",
                List.of(WORDS[random.nextInt(WORDS.length)]), List.of(), time, time, "");
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString();
    }

    @AfterEach
    void close() throws Exception {
        reader.close();
        directory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"review", "review testing", "\"git java\"", "tag:deploy cache", "merge -rebase",
        "after:2026-01-10 java", "zygomorphic", "tag:git"})
    void partsFindWhatOnePassFinds(String text) throws Exception {
        assertFindsWhatScoringEveryMatchFinds(text, false);
    }

    /** Ranking that skips what can't make the best 20 loses none of them, ties of score and day included. */
    @ParameterizedTest
    @ValueSource(strings = {"review", "tag:deploy cache", "merge -rebase", "after:2026-01-10 java", "zygomorphic",
        "tag:git", "-deploy"})
    void skippingFindsWhatOnePassFinds(String text) throws Exception {
        assertFindsWhatScoringEveryMatchFinds(text, true);
    }

    private void assertFindsWhatScoringEveryMatchFinds(String text, boolean oneWord) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = queries.of(SearchQueryParser.parse(text));
        TopDocs whole = searcher.search(query, new TopFieldCollectorManager(RankedSearch.RANKING, 20, null,
                Integer.MAX_VALUE, false));

        TopDocs found = new RankedSearch(3, 50).search(searcher, query, 20, oneWord);

        assertEquals(hits(whole.scoreDocs), hits(found.scoreDocs));
        assertEquals(hits(found.scoreDocs), Arrays.stream(found.scoreDocs).map(doc -> doc.doc + "@" + doc.score).toList());
        assertEquals(new TotalHits(searcher.count(query), TotalHits.Relation.EQUAL_TO), found.totalHits);
    }

    /** Each hit with its score as the ranking sorted on it; the search must also have set it as the hit's score. */
    private static List<String> hits(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(doc -> doc.doc + "@" + ((FieldDoc) doc).fields[0]).toList();
    }
}
