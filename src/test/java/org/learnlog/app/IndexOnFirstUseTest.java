package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.JournalKey;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.SearchResults;
import org.learnlog.service.JournalServices;
import org.learnlog.store.DataDirectory;
import org.learnlog.store.StoreException;
import org.learnlog.store.index.NoteIndex;

/** A command that only reads never opens the search index; one that writes or searches keeps it current. */
class IndexOnFirstUseTest {
    @TempDir
    Path dataDir;

    private JournalServices open() {
        return JournalAssembly.openForCommand(dataDir, Clock.systemDefaultZone(), JournalKey.NONE, "a test");
    }

    @Test
    void aNewJournalsFirstNotesAreSearchedInTheIndexWithoutARebuild() {
        try (JournalServices services = open()) {
            services.notes().save(NoteDraft.of("Rebase before the PR", "It keeps the history short."));
        }
        try (JournalServices services = open()) {
            assertFalse(services.search().needsRebuild());
            SearchResults found = services.search().search("rebase", 10);
            assertTrue(found.fromIndex());
            assertEquals(1, found.hits().size());
        }
    }

    @Test
    void readingNotesLeavesTheIndexClosedAndSearchingOpensIt() {
        try (JournalServices services = open()) {
            services.notes().save(NoteDraft.of("Rebase before the PR", ""));
        }
        try (JournalServices services = open()) {
            assertEquals(1, services.notes().list(NoteFilter.all(), 10).size());
            // The index is free for another writer: nothing here opened it.
            NoteIndex.open(DataDirectory.indexFolder(dataDir)).close();

            services.search().needsRebuild();
            assertThrows(StoreException.class, () -> NoteIndex.open(DataDirectory.indexFolder(dataDir)));
        }
    }
}
