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
    /** Plain Markdown: a notes folder or a TIL repository, titled by heading or file name. */
    MARKDOWN;

    private static final int SAMPLE = 20;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** LEARNLOG if the folder is marked as an export or its first files carry Learnlog front matter. */
    static ImportFormat detect(Path root, List<Path> files) {
        if (Files.exists(root.resolve(JournalExport.MARKER))) {
            return LEARNLOG;
        }
        for (Path file : files.subList(0, Math.min(SAMPLE, files.size()))) {
            try {
                FrontMatter matter = FrontMatter.read(MarkdownFiles.read(file));
                if (!matter.scalar("id").isEmpty() && !matter.scalar("created").isEmpty()
                        && !matter.scalar("updated").isEmpty()) {
                    return LEARNLOG;
                }
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable file says nothing about the folder's format; the import reports it.
            }
        }
        return MARKDOWN;
    }
}
