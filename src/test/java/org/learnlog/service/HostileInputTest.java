package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.ImportReport.Outcome;

/** Extreme and hostile input round-trips through store, search, export and import, or gets a clear error. */
class HostileInputTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();

    @AutoClose
    private final TestJournal other = new TestJournal();

    @Test
    void aTenMegabyteNoteRoundTrips() {
        String body = "word ".repeat(2_000_000) + "needle";
        Note note = test.notes.save(NoteDraft.of("Huge", body));

        assertEquals(body, test.notes.find(note.id()).orElseThrow().body());
        assertEquals(1, test.search().search("needle", 5).total());
        assertEquals(List.of(note), roundTrip());
    }

    @Test
    void strangeUnicodeRoundTrips() {
        List<String> titles = List.of("שלום עולם", "e\u0301te\u0301", "Z\u0351\u0352a\u0353l\u0354g\u0355o", "🙂 emoji 👩‍💻",
                "مرحبا بالعالم", "tab\there");
        for (String title : titles) {
            test.notes.save(NoteDraft.of(title, title + "\n\nbody \u202Ereversed\u202C"));
        }

        List<Note> back = roundTrip();

        assertEquals(sorted(test.notes.load(NoteFilter.all())), sorted(back));
    }

    @Test
    void nulCharactersAndLoneSurrogatesAreRefusedWithAClearMessage() {
        for (String bad : List.of("nul\u0000here", "lone \uD800 high", "lone \uDC00 low")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> test.notes.save(NoteDraft.of("Title", bad)));
            assertTrue(refused.getMessage().contains("character"), refused.getMessage());
        }
        assertEquals(0, test.notes.list(NoteFilter.all(), 10).size());
    }

    @Test
    void titlesOfDotsOrSpacesAndPathsExportSafelyInsideTheFolder() throws Exception {
        for (String title : List.of("..", "...", ". . .", "../../etc/passwd", "..\\..\\windows", "CON", "nul.txt")) {
            test.notes.save(NoteDraft.of(title, "body of " + title));
        }
        Path out = dir.resolve("out");

        test.journalExport().export(NoteFilter.all(), out);

        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.allMatch(file -> file.normalize().startsWith(out) || file.equals(dir)), "nothing outside");
        }
        assertEquals(sorted(test.notes.load(NoteFilter.all())), sorted(importInto(other, out)));
    }

    @Test
    void aThousandNotesWithTheSameTitleAllComeBack() {
        for (int i = 0; i < 1_000; i++) {
            test.notes.save(NoteDraft.of("Same title", "note " + i));
        }

        assertEquals(1_000, roundTrip().size());
    }

    @Test
    void aNoteWithTooManyTagsIsRefusedButManyTagsAcrossNotesAreFine() {
        List<String> tooMany = IntStream.range(0, 100_000).mapToObj(i -> "t" + i).toList();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> test.notes.save(NoteDraft.of("Tagged", "").withTags(tooMany)));
        assertTrue(refused.getMessage().contains("tags"), refused.getMessage());

        for (int i = 0; i < 100; i++) {
            test.notes.save(NoteDraft.of("Tagged " + i, "").withTags(tooMany.subList(i * 100, i * 100 + 100)));
        }
        assertEquals(10_000, test.notes.tagsInUse().size());
    }

    @Test
    void aYamlBombInFrontMatterIsRefusedWithAClearError() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        StringBuilder aliases = new StringBuilder("---\ntitle: bomb\na: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            aliases.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ",").repeat(9)).append("]\n");
        }
        Files.writeString(in.resolve("aliases.md"), aliases + "---\nbody\n");
        Files.writeString(in.resolve("nested.md"), "---\ntitle: deep\ntags: " + "[".repeat(100_000) + "]".repeat(100_000)
                + "\n---\nbody\n");
        Files.writeString(in.resolve("fine.md"), "# Fine\n\nA normal note.\n");

        ImportReport report = test.journalImport().importFrom(in);

        assertEquals(1, report.count(Outcome.IMPORTED), report.entries().toString());
        assertEquals(2, report.count(Outcome.SKIPPED), report.entries().toString());
    }

    @Test
    void symlinksInAnImportFolderAreNotFollowedOutsideIt() throws Exception {
        Path secret = dir.resolve("secret.md");
        Files.writeString(secret, "# Secret\n\nOutside the imported folder.\n");
        Path outsideFolder = dir.resolve("outside");
        Files.createDirectories(outsideFolder);
        Files.writeString(outsideFolder.resolve("also-secret.md"), "# Also secret\n");
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("real.md"), "# Real\n");
        Files.createSymbolicLink(in.resolve("link.md"), secret);
        Files.createSymbolicLink(in.resolve("linked-folder"), outsideFolder);

        test.journalImport().importFrom(in);

        assertEquals(List.of("Real"), test.notes.load(NoteFilter.all()).stream().map(Note::title).toList());
    }

    @Test
    void anExportNeverWritesThroughASymlinkOutsideItsFolder() throws Exception {
        test.notes.save(NoteDraft.of("A note", "text"));
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(JournalExport.MARKER), "");
        Files.createSymbolicLink(out.resolve("notes"), outside);

        assertThrows(InvalidInputException.class, () -> test.journalExport().export(NoteFilter.all(), out));

        try (Stream<Path> files = Files.list(outside)) {
            assertFalse(files.findAny().isPresent(), "nothing was written outside");
        }
    }

    private List<Note> roundTrip() {
        Path out = dir.resolve("round-trip");
        test.journalExport().export(NoteFilter.all(), out);
        return importInto(other, out);
    }

    private static List<Note> importInto(TestJournal journal, Path folder) {
        journal.journalImport().importFrom(folder);
        return new ArrayList<>(journal.notes.load(NoteFilter.all()));
    }

    private static List<Note> sorted(List<Note> notes) {
        return notes.stream().sorted(Comparator.comparing(note -> note.id().toString())).toList();
    }
}
