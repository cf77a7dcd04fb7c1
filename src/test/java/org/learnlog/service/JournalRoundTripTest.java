package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.store.AidRepository;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.ReviewRepository;

/** Export → import into an empty journal → export gives the same bytes and the same journal. */
class JournalRoundTripTest {
    @TempDir
    Path dir;

    private final TestJournal original = new TestJournal();
    private final TestJournal copy = new TestJournal();

    @AfterEach
    void close() {
        original.close();
        copy.close();
    }

    @Test
    void aThousandNastyNotesSurviveExportAndImportExactly() throws Exception {
        GeneratedJournal generated = new GeneratedJournal(1000, 42);
        generated.writeTo(original.database);

        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        JournalExport.Result exported = original.journalExport().export(NoteFilter.all(), first);
        ImportReport report = copy.journalImport().importFrom(first);
        copy.journalExport().export(NoteFilter.all(), second);

        assertEquals(1000, exported.notes());
        int history = generated.checkIns.size() + generated.reviews.size();
        assertEquals(1005 + history, report.count(Outcome.IMPORTED), () -> report.entries().stream()
                .filter(e -> e.outcome() != Outcome.IMPORTED).limit(5).toList().toString());
        assertEquals(sorted(original.notes.load(NoteFilter.all())), sorted(copy.notes.load(NoteFilter.all())));
        assertEquals(original.goals.all(), copy.goals.all());
        assertEquals(new AidRepository(original.database).all(), new AidRepository(copy.database).all());
        assertEquals(new CheckInRepository(original.database).all(), new CheckInRepository(copy.database).all());
        assertEquals(new ReviewRepository(original.database).all(), new ReviewRepository(copy.database).all());
        assertEquals(generated.checkIns.size(), new CheckInRepository(copy.database).all().size());
        assertEquals(original.notes.tagsInUse(), copy.notes.tagsInUse());
        Map<String, byte[]> before = files(first);
        Map<String, byte[]> after = files(second);
        assertTrue(before.values().stream().anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8)
                .contains(".md#Some%20heading)")), "links between notes are in the corpus, as links between files");
        assertTrue(before.keySet().stream().anyMatch(path -> path.replace('\\', '/').matches("notes/.*/diagram-[0-9a-f]{8}\\.png"))
                && before.keySet().stream().anyMatch(path -> path.endsWith(".md.txt")), "attachments are files beside their notes");
        generated.attachments.forEach((id, content) -> assertArrayEquals(content,
                copy.notes.attachments().content(id).orElseThrow(), "attachment " + id));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    @Test
    void reimportingTheSameExportChangesNothing() throws Exception {
        GeneratedJournal generated = new GeneratedJournal(50, 7);
        generated.writeTo(original.database);
        Path folder = dir.resolve("export");
        original.journalExport().export(NoteFilter.all(), folder);

        ImportReport again = original.journalImport().importFrom(folder);

        assertEquals(55 + generated.checkIns.size() + generated.reviews.size(), again.count(Outcome.UNCHANGED),
                again.summary());
        assertEquals(50, original.notes.list(NoteFilter.all(), 1000).size());
    }

    private static List<Note> sorted(List<Note> notes) {
        return notes.stream().sorted(Comparator.comparing(Note::id)).toList();
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
