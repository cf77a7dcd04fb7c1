package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Note;

/**
 * Writes chosen notes as Markdown files with front matter, one file per note, named after the
 * title, side by side in a folder. It never writes over a file that is already there.
 */
public final class NoteExport {

    /** The note as Markdown with front matter: what a file holds and what "Copy as Markdown" copies. */
    public String toMarkdown(Note note) {
        return NoteMarkdown.write(note);
    }

    /**
     * The note as clean Markdown to paste into a chat or a document: its title as a heading, its body,
     * and a line of its tags; no ids or timestamps.
     */
    public String toSharedMarkdown(Note note) {
        StringBuilder text = new StringBuilder("# ").append(note.title().isBlank() ? "Untitled" : note.title())
                .append("\n\n");
        String body = note.body().strip();
        if (!body.isEmpty()) {
            text.append(body).append("\n");
        }
        if (!note.tags().isEmpty()) {
            text.append(body.isEmpty() ? "" : "\n").append("Tags: ")
                    .append(note.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" "))).append("\n");
        }
        return text.toString();
    }

    /**
     * Writes every note into {@code folder} (created if needed) and returns the files written; links
     * between the notes written become links between their files, and their attachments files beside them.
     */
    public List<Path> toFolder(List<Note> notes, Path folder, Attachments attachments) {
        FolderWriter writer = new FolderWriter(folder);
        Set<String> taken = new HashSet<>();
        Map<Note, String> names = new LinkedHashMap<>();
        for (Note note : notes) {
            names.put(note, freeName(writer, SafeFileNames.stem(note.title()), taken));
        }
        ExportLinks links = new ExportLinks(names, attachments);
        List<Path> written = new ArrayList<>();
        Set<String> attached = new HashSet<>();
        names.forEach((note, name) -> {
            written.add(writer.write(name, toMarkdown(links.asFile(note, name)).getBytes(StandardCharsets.UTF_8)));
            links.besides(note, name).forEach((file, id) -> {
                if (attached.add(file) && !Files.exists(writer.resolve(file))) {
                    written.add(writer.write(file, links.content(id)));
                }
            });
        });
        return written;
    }

    private static String freeName(FolderWriter writer, String stem, Set<String> taken) {
        for (int n = 1; ; n++) {
            String name = SafeFileNames.fileName(stem, n == 1 ? "" : "-" + n, ".md");
            // Compare names case-insensitively: on Windows and macOS "Git.md" and "git.md" are one file.
            if (taken.add(name.toLowerCase(Locale.ROOT)) && !Files.exists(writer.resolve(name))) {
                return name;
            }
        }
    }
}
