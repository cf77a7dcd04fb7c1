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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;
import org.learnlog.service.SearchQueryParser;

/**
 * Searching an index in parts at once finds what one pass over it finds, in the same order with the
 * same scores, and counts every match exactly: across segments, deletions and ties of score and day.
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
        "after:2026-01-10 java", "zygomorphic"})
    void partsFindWhatOnePassFinds(String text) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = queries.of(SearchQueryParser.parse(text));
        TopDocs whole = searcher.search(query, 20, RankedSearch.RANKING, true);

        TopDocs parts = new RankedSearch(3, 50).search(searcher, query, 20);

        assertEquals(hits(whole.scoreDocs), hits(parts.scoreDocs));
        assertEquals(new TotalHits(searcher.count(query), TotalHits.Relation.EQUAL_TO), parts.totalHits);
    }

    private static List<String> hits(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(doc -> doc.doc + "@" + doc.score).toList();
    }
}
