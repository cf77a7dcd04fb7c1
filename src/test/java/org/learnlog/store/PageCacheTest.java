package org.learnlog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole read of the journal, a backup's, runs with a small page cache; the cache gets its size back. */
class PageCacheTest {
    @TempDir
    Path dataDir;
    private Database database;
    private int usualKb;

    @BeforeEach
    void open() {
        database = Database.openFile(dataDir);
        usualKb = database.read(PageCache::sizeKb);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theWorkReadsThroughASmallCacheAndTheUsualOneComesBack() {
        int during = PageCache.smallWhile(database, () -> database.read(PageCache::sizeKb));

        assertEquals(PageCache.SMALL_KB, during);
        assertEquals(usualKb, database.read(PageCache::sizeKb));
        assertEquals(16 * 1024, usualKb);
    }

    @Test
    void workThatFailsGivesTheCacheItsSizeBackToo() {
        assertThrows(StoreException.class, () -> PageCache.smallWhile(database, () -> {
            throw new StoreException("The disk is full.", null);
        }));

        assertEquals(usualKb, database.read(PageCache::sizeKb));
    }
}
