package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;

class JournalExportTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();


    @Test
    void aCancelledExportStopsBetweenFilesAndLeavesOnlyWholeFiles() throws Exception {
        for (int i = 0; i < 10; i++) {
            test.notes.save(NoteDraft.of("Note " + i, "body " + i));
        }
        // Files are written on several threads, so one or two more may be under way when the cancel comes.
        Progress cancelAfterThree = new Progress() {
            private final AtomicInteger done = new AtomicInteger();

            @Override
            public void done(int count, int total) {
                done.accumulateAndGet(count, Math::max);
            }

            @Override
            public boolean isCancelled() {
                return done.get() >= 3;
            }
        };

        CancelledException cancelled = assertThrows(CancelledException.class,
                () -> test.journalExport().export(NoteFilter.all(), dir.resolve("out"), cancelAfterThree, false));

        List<Path> notes = markdownUnder(dir.resolve("out/notes"));
        assertTrue(notes.size() >= 3 && notes.size() < 10, notes.size() + " files");
        assertEquals("Export cancelled after " + notes.size() + " of 10 notes; each file written is complete.",
                cancelled.getMessage());
        for (Path note : notes) {
            assertTrue(NoteMarkdown.read(Files.readString(note)).title().startsWith("Note "));
        }
        assertEquals(List.of(), hiddenTempFiles(dir.resolve("out")));
    }

    @Test
    void exportingAgainIntoAnEarlierExportUpdatesIt() throws Exception {
        test.notes.save(NoteDraft.of("First", ""));
        Path out = dir.resolve("out");
        test.journalExport().export(NoteFilter.all(), out);
        test.notes.save(NoteDraft.of("Second", ""));

        JournalExport.Result again = test.journalExport().export(NoteFilter.all(), out);

        assertEquals(2, again.notes());
        assertEquals(2, markdownUnder(out.resolve("notes")).size());
    }

    private static List<Path> markdownUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".md")).toList();
        }
    }

    private static List<Path> hiddenTempFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".learnlog-tmp")).toList();
        }
    }
}
