package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.Attachment;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;

/** Files in notes: kept in the journal by content, written beside the note on export, taken back on import. */
class AttachmentsTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();

    @Test
    void aFileIsKeptOnceByItsContentAndAnImageIsWrittenAsOne() throws Exception {
        Path file = Files.write(dir.resolve("diagram.png"), PNG);

        Attachment first = test.notes.attachments().add(file);
        Attachment again = test.notes.attachments().add("copy.png", PNG);

        assertEquals(first, again, "the same content is one attachment");
        assertEquals("![diagram.png](attachment:" + first.id() + ")", first.markdown());
        assertTrue(first.isImage());
        assertEquals("[notes.pdf](attachment:", test.notes.attachments().add("notes.pdf", new byte[] {1}).markdown()
                .substring(0, 23));
        assertArrayEquals(PNG, test.notes.attachments().content(first.id()).orElseThrow());
    }

    @Test
    void aFileTooBigIsRefusedWithTheLimitAndACopyNeverReplacesAFile() throws Exception {
        InvalidInputException big = assertThrows(InvalidInputException.class,
                () -> test.notes.attachments().add("huge.bin", new byte[(int) Attachment.MAX_BYTES + 1]));
        assertTrue(big.getMessage().contains("up to 20 MB"), big.getMessage());

        Attachment kept = test.notes.attachments().add("a.txt", "hello".getBytes(StandardCharsets.UTF_8));
        Path there = Files.writeString(dir.resolve("a.txt"), "mine");
        assertThrows(FileExistsException.class, () -> test.notes.attachments().saveCopy(kept.id(), there));
        assertEquals("mine", Files.readString(there));
        assertEquals("hello", Files.readString(test.notes.attachments().saveCopy(kept.id(), dir.resolve("b.txt"))));
    }

    @Test
    void exportWritesEachFileBesideItsNoteAndImportTakesItBack() throws Exception {
        Attachment image = test.notes.attachments().add("diagram.png", PNG);
        Note note = test.notes.save(NoteDraft.of("Architecture", "Here:\n\n" + image.markdown() + "\n"));
        Path folder = dir.resolve("export");

        test.journalExport().export(NoteFilter.all(), folder);

        String month = "notes/" + note.date().getYear() + "/" + String.format("%02d", note.date().getMonthValue()) + "/";
        String exported = "diagram-" + image.id().substring(0, 8) + ".png";
        assertArrayEquals(PNG, Files.readAllBytes(folder.resolve(month + exported)));
        assertTrue(Files.readString(folder.resolve(month + "Architecture.md")).contains("![diagram.png](" + exported + ")"));
        try (TestJournal other = new TestJournal()) {
            other.journalImport().importFrom(folder);
            assertEquals(note.body(), other.notes.find(note.id()).orElseThrow().body());
            assertEquals("diagram.png", other.notes.attachments().find(image.id()).orElseThrow().name(),
                    "the name it came with, not the export's");
        }
    }

    @Test
    void obsidianEmbedsAndRelativeImagesBecomeAttachmentsButNothingOutsideTheFolder() throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.createDirectories(vault.resolve("assets"));
        Files.write(vault.resolve("assets/Pasted image 1.png"), PNG);
        Files.writeString(dir.resolve("secret.txt"), "outside");
        Files.writeString(vault.resolve("Meeting.md"), "![[Pasted image 1.png]]\n\n![alt](assets/Pasted%20image%201.png)\n"
                + "[escape](../secret.txt) and ![[missing.png]]\n");

        test.journalImport().importFrom(vault);

        String id = Attachments.id(PNG);
        Note meeting = test.notes.load(NoteFilter.all()).get(0);
        assertEquals("![Pasted image 1.png](attachment:" + id + ")\n\n![alt](attachment:" + id + ")\n"
                + "[escape](../secret.txt) and ![[missing.png]]\n", meeting.body());
        assertEquals(List.of(), test.notes.links().backlinks(meeting.id()));
    }

    @Test
    void aJoplinExportsResourcesBecomeAttachmentsOfTheNotesThatShowThem() throws Exception {
        Path export = dir.resolve("joplin");
        Files.createDirectories(export.resolve("Work"));
        Files.createDirectories(export.resolve("_resources"));
        Files.write(export.resolve("_resources/screenshot.png"), PNG);
        Files.writeString(export.resolve("Work/Deploy.md"), "---\ntitle: Deploy\ncreated: 2024-03-01 09:00:00Z\n"
                + "updated: 2024-03-02 10:00:00Z\n---\n\nThe pipeline:\n\n![screenshot.png](../_resources/screenshot.png)\n");

        ImportReport report = test.journalImport().importFrom(export);

        assertEquals(ImportFormat.JOPLIN, report.format());
        Note deploy = test.notes.load(NoteFilter.all()).get(0);
        assertEquals("The pipeline:\n\n![screenshot.png](attachment:" + Attachments.id(PNG) + ")\n", deploy.body());
        assertEquals("screenshot.png", test.notes.attachments().find(Attachments.id(PNG)).orElseThrow().name());
    }

    @Test
    void exportedNamesComeBackAsTheyWere() {
        String id = "0123456789abcdef0123";
        assertEquals("diagram.png", Attachment.nameIn("diagram-01234567.png", id));
        assertEquals("notes.md", Attachment.nameIn("notes-01234567.md.txt", id));
        assertEquals("README", Attachment.nameIn("README-01234567", id));
        assertEquals("diagram-99999999.png", Attachment.nameIn("diagram-99999999.png", id), "another file's tag stays");
        Attachment markdown = new Attachment(id, "notes.md", "text/markdown", 1, java.time.Instant.EPOCH);
        assertEquals("notes-01234567.md.txt", markdown.fileName());
    }
}
