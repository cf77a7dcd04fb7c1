package org.learnlog.store.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.learnlog.model.Note;
import org.learnlog.model.Tags;

/**
 * A note as an index document: searchable text, exact filters, the day for ranges and recency, and what
 * a hit shows. Only the title and body are stored (the highlighter reads them); the rest of a hit comes
 * from doc values, so showing a hit never decompresses its stored text a second time.
 */
final class NoteDocuments {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String CONTEXT = "context";
    static final String TAG_TEXT = "tagText";
    static final String TAG = "tag";
    static final String TAGS_SHOWN = "tags";
    /** The kind as its slug, in doc values. */
    static final String KIND_SHOWN = "kindShown";
    static final String GOAL = "goal";
    static final String KIND = "kind";
    static final String DAY = "day";
    static final String UPDATED = "updated";
    /** Separates tag names in the stored field; tags can't contain control characters. */
    static final String SEPARATOR = "\u001f";

    /** Stored, and with offsets in the postings, so highlighting reads them instead of analyzing each hit again. */
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

    private NoteDocuments() {
    }

    static Document of(Note note) {
        Document doc = new Document();
        doc.add(new StringField(ID, note.id().toString(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(ID, idBytes(note.id())));
        doc.add(new Field(TITLE, shown(note.title()), WITH_OFFSETS));
        doc.add(new Field(BODY, shown(note.body()), WITH_OFFSETS));
        doc.add(new TextField(CONTEXT, note.context(), Field.Store.NO));
        note.tags().forEach(tag -> doc.add(new TextField(TAG_TEXT, tag, Field.Store.NO)));
        for (String path : tagPaths(note)) {
            doc.add(new StringField(TAG, path, Field.Store.NO));
        }
        doc.add(new BinaryDocValuesField(TAGS_SHOWN, new BytesRef(String.join(SEPARATOR, note.tags()))));
        note.goals().forEach(goal -> doc.add(new StringField(GOAL, goal, Field.Store.NO)));
        doc.add(new StringField(KIND, note.kind().slug(), Field.Store.NO));
        doc.add(new SortedDocValuesField(KIND_SHOWN, new BytesRef(note.kind().slug())));
        long day = note.date().toEpochDay();
        doc.add(new LongPoint(DAY, day));
        doc.add(new NumericDocValuesField(DAY, day));
        doc.add(new NumericDocValuesField(UPDATED, note.updated().toEpochMilli()));
        return doc;
    }

    /** The text without the two control characters the highlighter marks matches with. */
    private static String shown(String text) {
        return text.replace('\u0002', ' ').replace('\u0003', ' ');
    }

    /** Each tag and each of its parents, keyed as Tags keys them: java/concurrency gives java/concurrency and java. */
    private static Set<String> tagPaths(Note note) {
        Set<String> paths = new LinkedHashSet<>();
        for (String tag : note.tags()) {
            String key = Tags.key(tag);
            for (int slash = key.indexOf('/'); slash > 0; slash = key.indexOf('/', slash + 1)) {
                paths.add(key.substring(0, slash));
            }
            paths.add(key);
        }
        return paths;
    }

    private static BytesRef idBytes(UUID id) {
        return new BytesRef(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
    }

    static UUID id(BytesRef bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    static String text(BytesRef bytes) {
        return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
    }
}
