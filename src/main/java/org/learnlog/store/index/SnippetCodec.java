package org.learnlog.store.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with each note's stored text compressed on its own. The highlighter reads the
 * title and body of every hit; with the default blocks of some 80 kB, decompressing them was a fifth of
 * a search, and with blocks of eight notes still a sixth: the notes before the one wanted came too.
 * Lucene finds this codec by name ({@code META-INF/services}) when it reads the index back.
 */
public final class SnippetCodec extends FilterCodec {
    static final String NAME = "LearnlogSnippets";
    private static final int BLOCK_BYTES = 8 * 1024;
    private static final int BLOCK_DOCS = 1;
    private static final int INDEX_BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat("LearnlogStoredFields",
            CompressionMode.FAST, BLOCK_BYTES, BLOCK_DOCS, INDEX_BLOCK_SHIFT);

    public SnippetCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
