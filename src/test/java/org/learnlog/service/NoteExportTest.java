package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;

class NoteExportTest {
    @TempDir
    Path dir;

    @AutoClose
    private final TestJournal test = new TestJournal();
    private final NoteExport export = new NoteExport();


    @Test
    void eachNoteBecomesOneMarkdownFileThatReadsBackAsTheNote() throws Exception {
        Note note = test.notes.save(NoteDraft.of("Squash fixups", "Use `--autosquash`.").withTags(List.of("git")));

        List<Path> files = export.toFolder(List.of(note), dir.resolve("out"), test.notes.attachments());

        assertEquals(List.of(dir.resolve("out/Squash fixups.md")), files);
        assertEquals(note, NoteMarkdown.read(Files.readString(files.get(0))));
    }

    @Test
    void hostileTitlesNeverWriteOutsideTheFolderOrOverAnExistingFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("etc-passwd.md"), "the user's own file");
        List<Note> notes = Stream.of("../../etc/passwd", "../../etc/passwd", "CON", "/", "..")
                .map(title -> test.notes.save(NoteDraft.of(title, "x"))).toList();

        List<Path> files = export.toFolder(notes, out, test.notes.attachments());

        assertEquals(5, files.size());
        assertEquals(5, files.stream().distinct().count());
        files.forEach(file -> assertEquals(out, file.getParent()));
        assertEquals("the user's own file", Files.readString(out.resolve("etc-passwd.md")));
        assertEquals(List.of("_CON.md", "etc-passwd-2.md", "etc-passwd-3.md", "etc-passwd.md", "untitled-2.md", "untitled.md"),
                listing(out));
    }

    @Test
    void sharedMarkdownIsTheTitleTheTextAndTheTagsWithoutMetadata() {
        Note note = test.notes.save(NoteDraft.of("Rebase first", "  Then push.\n").withTags(List.of("git", "java/streams")));
        Note bare = test.notes.save(NoteDraft.of("Only a title", ""));

        assertEquals("# Rebase first\n\nThen push.\n\nTags: #git #java/streams\n", export.toSharedMarkdown(note));
        assertEquals("# Only a title\n\n", export.toSharedMarkdown(bare));
    }

    @Test
    void anExportFolderThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThrows(InvalidInputException.class, () -> export.toFolder(List.of(), file, test.notes.attachments()));
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
