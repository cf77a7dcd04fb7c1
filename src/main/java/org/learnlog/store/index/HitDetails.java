package org.learnlog.store.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.learnlog.model.NoteKind;
import org.learnlog.model.SearchHit;

/**
 * Turns the top documents into hits from their doc values (id, day, kind, tags) and the highlighter's
 * marked title and snippet. Doc values are read forward only, so the documents are visited in index order.
 */
final class HitDetails {
    private HitDetails() {
    }

    /** The hits, in the order of {@code docs}; {@code marked[i]} is the title and snippet of {@code docs[i]}. */
    static SearchHit[] of(IndexSearcher searcher, ScoreDoc[] docs, String[][] marked) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        SearchHit[] hits = new SearchHit[docs.length];
        Leaf leaf = null;
        for (int i : order) {
            LeafReaderContext context = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            if (leaf == null || leaf.context != context) {
                leaf = new Leaf(context);
            }
            hits[i] = leaf.hit(docs[i].doc - context.docBase, marked[i], docs[i].score);
        }
        return hits;
    }

    /** One segment's doc values, read forward. */
    private static final class Leaf {
        private final LeafReaderContext context;
        private final BinaryDocValues ids;
        private final BinaryDocValues tags;
        private final SortedDocValues kinds;
        private final NumericDocValues days;

        Leaf(LeafReaderContext context) throws IOException {
            this.context = context;
            LeafReader reader = context.reader();
            ids = DocValues.getBinary(reader, NoteDocuments.ID);
            tags = DocValues.getBinary(reader, NoteDocuments.TAGS_SHOWN);
            kinds = DocValues.getSorted(reader, NoteDocuments.KIND_SHOWN);
            days = DocValues.getNumeric(reader, NoteDocuments.DAY);
        }

        SearchHit hit(int doc, String[] marked, float score) throws IOException {
            if (!ids.advanceExact(doc) || !days.advanceExact(doc)) {
                throw new IOException("The search index has a note without its id or day; it is rebuilt at the next start.");
            }
            String shownTags = tags.advanceExact(doc) ? NoteDocuments.text(tags.binaryValue()) : "";
            NoteKind kind = kinds.advanceExact(doc)
                    ? NoteKind.fromSlug(NoteDocuments.text(kinds.lookupOrd(kinds.ordValue()))).orElse(NoteKind.INSIGHT)
                    : NoteKind.INSIGHT;
            return new SearchHit(NoteDocuments.id(ids.binaryValue()), Highlights.snippet(marked[0]),
                    LocalDate.ofEpochDay(days.longValue()), kind,
                    shownTags.isEmpty() ? List.of() : List.of(shownTags.split(NoteDocuments.SEPARATOR)),
                    Highlights.snippet(marked[1]), score);
        }
    }
}
