package org.learnlog.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.markdown.Addresses;
import org.learnlog.markdown.LinkEdits;
import org.learnlog.model.Note;

/**
 * Links between exported notes as relative Markdown links between their files, which forges and
 * Obsidian follow. A link to a note that is not exported keeps its {@code note:} address, so an
 * import of the folder into the same journal finds it again.
 */
final class ExportLinks {
    private final Map<UUID, String> paths = new HashMap<>();

    /** {@code paths}: each exported note's file, relative to the export folder. */
    ExportLinks(Map<Note, String> paths) {
        paths.forEach((note, path) -> this.paths.put(note.id(), path));
    }

    /** The note as its file {@code path} holds it: its links to exported notes point at their files. */
    Note asFile(Note note, String path) {
        String body = LinkEdits.toFiles(note.body(),
                id -> Optional.ofNullable(paths.get(id)).map(target -> Addresses.relative(path, target)));
        return body.equals(note.body()) ? note : new Note(note.id(), note.title(), body, note.date(), note.kind(),
                note.context(), note.tags(), note.goals(), note.created(), note.updated(), note.source());
    }
}
