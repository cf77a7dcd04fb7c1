package org.learnlog.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.learnlog.markdown.FrontMatter;

/** The kinds of folder Learnlog imports, and how to tell them apart by their shape. */
public enum ImportFormat {
    /** A Learnlog export, or notes exported one by one: front matter with id, created and updated. */
    LEARNLOG,
    /** An Obsidian vault: a folder with an .obsidian/ settings folder. */
    OBSIDIAN,
    /** Joplin's "Markdown + Front Matter" export: front matter with title, created and updated. */
    JOPLIN,
    /** Plain Markdown: a notes folder or a TIL repository, titled by heading or file name. */
    MARKDOWN,
    /** The single JSON file that {@code jrnl --export json} writes. */
    JRNL;

    private static final int SAMPLE = 20;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Tells the format from marker folders and files, then from the front matter of the first files. */
    static ImportFormat detect(Path root, List<Path> files) {
        if (Files.exists(root.resolve(JournalExport.MARKER))) {
            return LEARNLOG;
        }
        if (Files.isDirectory(root.resolve(".obsidian"))) {
            return OBSIDIAN;
        }
        for (Path file : files.subList(0, Math.min(SAMPLE, files.size()))) {
            try {
                FrontMatter matter = FrontMatter.read(MarkdownFiles.read(file));
                boolean timed = !matter.scalar("created").isEmpty() && !matter.scalar("updated").isEmpty();
                if (timed && !matter.scalar("id").isEmpty()) {
                    return LEARNLOG;
                }
                if (timed && !matter.scalar("title").isEmpty()) {
                    return JOPLIN;
                }
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable file says nothing about the folder's format; the import reports it.
            }
        }
        return MARKDOWN;
    }
}
