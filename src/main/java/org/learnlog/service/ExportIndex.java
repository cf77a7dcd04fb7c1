package org.learnlog.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learnlog.model.Note;

/** The README.md of a journal export: every note by date, newest first, linked to its file. */
final class ExportIndex {

    private ExportIndex() {
    }

    static String markdown(Map<Note, String> paths) {
        StringBuilder out = new StringBuilder("# Learnlog journal\n\n");
        List<Map.Entry<Note, String>> newestFirst = new ArrayList<>(paths.entrySet());
        newestFirst.sort((a, b) -> JournalLayout.ORDER.compare(b.getKey(), a.getKey()));
        if (newestFirst.isEmpty()) {
            out.append("No notes.\n");
        }
        for (Map.Entry<Note, String> entry : newestFirst) {
            Note note = entry.getKey();
            out.append("- ").append(note.date()).append(" [").append(linkText(note.title())).append("](")
                    .append(link(entry.getValue())).append(")\n");
        }
        return out.toString();
    }

    /** Brackets and backslashes in a title would end the link text early. */
    private static String linkText(String title) {
        return title.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** A relative link with spaces, parentheses and other unsafe characters percent-encoded. */
    private static String link(String path) {
        try {
            return new URI(null, null, path, null).getRawPath().replace("(", "%28").replace(")", "%29");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Can't link " + path, e);
        }
    }
}
