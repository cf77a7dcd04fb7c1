package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.NoteDraft;
import org.learnlog.store.Database;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.JournalState;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.NoteScans;
import org.learnlog.store.TagRepository;
import org.learnlog.store.index.NoteIndex;

/** The index on disk is a cache: missing, damaged or behind, it is rebuilt from the notes, and no write is lost. */
class SearchIndexFilesTest {
    @TempDir
    Path dir;

    /** A journal and its index on disk, opened the way the app opens them. */
    private final class Opened implements AutoCloseable {
        final Database database = Database.openFile(dir);
        final NoteIndex index = NoteIndex.open(dir.resolve("index"));
        final NoteRepository notes = new NoteRepository(database, index);
        final Notes notesService = new Notes(notes, new TagRepository(database), new GoalRepository(database),
                new SteppingClock(TestJournal.NOW));
        final Search search = new Search(index, new NoteScans(database), new JournalState(database));

        long found(String text) {
            return search.search(text, 10).total();
        }

        @Override
        public void close() {
            index.close();
            database.close();
        }
    }

    private void twoNotes() {
        try (Opened journal = new Opened()) {
            journal.search.ensureCurrent(Progress.NONE);
            journal.notesService.save(NoteDraft.of("Rebase first", ""));
            journal.notesService.save(NoteDraft.of("Pin plugin versions", ""));
        }
    }

    @Test
    void anIndexThatKeptUpIsNotRebuiltAtTheNextStart() {
        twoNotes();

        try (Opened journal = new Opened()) {
            assertFalse(journal.search.ensureCurrent(Progress.NONE));
            assertEquals(1, journal.found("rebase"));
        }
    }

    @Test
    void notesWrittenWithoutTheIndexAreFoundAfterLaterWritesToo() {
        try (Database database = Database.openFile(dir)) {
            new NoteRepository(database).save(new Notes(new NoteRepository(database), new TagRepository(database),
                    new GoalRepository(database), new SteppingClock(TestJournal.NOW)).save(NoteDraft.of("Old note", "")));
        }
        try (Opened journal = new Opened()) {
            journal.notesService.save(NoteDraft.of("New note", ""));
        }

        try (Opened journal = new Opened()) {
            assertTrue(journal.search.ensureCurrent(Progress.NONE));
            assertEquals(1, journal.found("old"));
            assertEquals(1, journal.found("new"));
        }
    }

    @Test
    void aDeletedIndexFolderIsRebuilt() throws Exception {
        twoNotes();
        deleteTree(dir.resolve("index"));

        try (Opened journal = new Opened()) {
            assertTrue(journal.search.ensureCurrent(Progress.NONE));
            assertEquals(1, journal.found("plugin"));
        }
    }

    @Test
    void anIndexWrittenInAnEarlierLayoutIsRebuilt() throws Exception {
        twoNotes();
        try (FSDirectory folder = FSDirectory.open(dir.resolve("index"));
             IndexWriter earlier = new IndexWriter(folder, new IndexWriterConfig())) {
            // What an index from before the layout was recorded holds: the write count alone.
            earlier.setLiveCommitData(Map.of("noteWrites", "2").entrySet());
            earlier.commit();
        }

        try (Opened journal = new Opened()) {
            assertTrue(journal.search.ensureCurrent(Progress.NONE));
            assertEquals(1, journal.found("rebase"));
        }
    }

    @Test
    void aDamagedIndexFileIsSetAsideAndTheIndexRebuilt() throws Exception {
        twoNotes();
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4});
            }
        }

        try (Opened journal = new Opened()) {
            assertTrue(journal.search.ensureCurrent(Progress.NONE));
            assertEquals(1, journal.found("rebase"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("index.damaged-")));
        }
    }

    @Test
    void aNoteSavedWhileTheIndexIsRebuiltIsNotMissed() {
        twoNotes();
        deleteQuietly(dir.resolve("index"));
        try (Opened journal = new Opened()) {
            boolean[] saved = {false};
            journal.search.rebuild(new Progress() {
                @Override
                public void done(int count, int total) {
                    if (!saved[0]) {
                        saved[0] = true;
                        journal.notesService.save(NoteDraft.of("Written during the rebuild", ""));
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });

            assertEquals(1, journal.found("rebuild"));
            assertEquals(1, journal.found("rebase"));
            assertFalse(journal.search.needsRebuild());
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
