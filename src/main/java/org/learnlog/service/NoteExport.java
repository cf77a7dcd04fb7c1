package org.learnlog.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Note;

/**
 * Writes notes as Markdown files with front matter, one file per note, named after the title. Each
 * file is written to a temp file and moved into place, never over an existing file and never
 * outside the chosen folder.
 */
public final class NoteExport {

    /** The note as Markdown with front matter: what a file holds and what "Copy as Markdown" copies. */
    public String toMarkdown(Note note) {
        return NoteMarkdown.write(note);
    }

    /** Writes every note into {@code folder} (created if needed) and returns the files written. */
    public List<Path> toFolder(List<Note> notes, Path folder) {
        Path root = prepare(folder);
        Set<String> taken = new HashSet<>();
        List<Path> written = new ArrayList<>();
        for (Note note : notes) {
            written.add(writeOne(root, note, taken));
        }
        return written;
    }

    private Path writeOne(Path root, Note note, Set<String> taken) {
        byte[] content = toMarkdown(note).getBytes(StandardCharsets.UTF_8);
        String stem = SafeFileNames.stem(note.title());
        for (int n = 1; ; n++) {
            String name = SafeFileNames.fileName(stem, n == 1 ? "" : "-" + n, ".md");
            Path target = root.resolve(name).normalize();
            if (!target.getParent().equals(root)) {
                throw new IllegalStateException("Refusing to write outside the export folder: " + target);
            }
            // Compare names case-insensitively: on Windows and macOS "Git.md" and "git.md" are one file.
            if (!taken.add(name.toLowerCase(Locale.ROOT)) || Files.exists(target)) {
                continue;
            }
            if (moveIntoPlace(content, root, target)) {
                return target;
            }
        }
    }

    private static boolean moveIntoPlace(byte[] content, Path root, Path target) {
        Path temp = null;
        try {
            temp = Files.createTempFile(root, ".learnlog-", ".tmp");
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(temp);
            return false;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new InvalidInputException("Can't write " + target + ": " + e.getMessage(), e);
        }
    }

    private static Path prepare(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new InvalidInputException("Can't create the export folder " + root + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new InvalidInputException("Can't write into " + root + ". Choose a folder you can write to.");
        }
        return root;
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The temp file is hidden and harmless; the real error is reported by the caller.
        }
    }
}
