package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            test.journal.save(NoteDraft.of("Note " + i, "body " + i));
        }
        Progress cancelAfterThree = new Progress() {
            private int done;

            @Override
            public void done(int count, int total) {
                done = count;
            }

            @Override
            public boolean isCancelled() {
                return done >= 3;
            }
        };

        CancelledException cancelled = assertThrows(CancelledException.class,
                () -> test.journalExport().export(NoteFilter.all(), dir.resolve("out"), cancelAfterThree));

        assertEquals("Export cancelled after 3 of 10 notes; each file written is complete.", cancelled.getMessage());
        List<Path> notes = markdownUnder(dir.resolve("out/notes"));
        assertEquals(3, notes.size());
        for (Path note : notes) {
            assertTrue(NoteMarkdown.read(Files.readString(note)).title().startsWith("Note "));
        }
        assertEquals(List.of(), hiddenTempFiles(dir.resolve("out")));
    }

    @Test
    void exportingAgainIntoAnEarlierExportUpdatesIt() throws Exception {
        test.journal.save(NoteDraft.of("First", ""));
        Path out = dir.resolve("out");
        test.journalExport().export(NoteFilter.all(), out);
        test.journal.save(NoteDraft.of("Second", ""));

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
