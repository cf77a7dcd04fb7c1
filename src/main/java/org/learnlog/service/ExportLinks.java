package org.learnlog.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.markdown.Addresses;
import org.learnlog.markdown.LinkEdits;
import org.learnlog.model.Attachment;
import org.learnlog.model.Note;

/**
 * Links between exported notes as relative Markdown links between their files, which forges and
 * Obsidian follow, and attachments as files beside the note that links them. A link to a note that is
 * not exported keeps its {@code note:} address, so an import of the folder into the same journal finds
 * it again.
 */
final class ExportLinks {
    private final Map<UUID, String> paths = new HashMap<>();
    private final Attachments attachments;

    /** {@code paths}: each exported note's file, relative to the export folder. */
    ExportLinks(Map<Note, String> paths, Attachments attachments) {
        paths.forEach((note, path) -> this.paths.put(note.id(), path));
        this.attachments = attachments;
    }

    /** The note as its file {@code path} holds it: its links to exported notes and its attachments point at files. */
    Note asFile(Note note, String path) {
        String body = LinkEdits.toFiles(note.body(),
                id -> Optional.ofNullable(paths.get(id)).map(target -> Addresses.relative(path, target)));
        body = LinkEdits.retarget(body, address -> Attachment.idIn(address).flatMap(attachments::find)
                .map(attachment -> Addresses.encode(fileName(attachment))));
        return body.equals(note.body()) ? note : new Note(note.id(), note.title(), body, note.date(), note.kind(),
                note.context(), note.tags(), note.goals(), note.created(), note.updated(), note.source());
    }

    /** An attachment's file name, with what a file system can't hold in a name made safe. */
    private static String fileName(Attachment attachment) {
        return SafeFileNames.stem(attachment.fileName());
    }

    /**
     * The attachments the note links, by the paths of their files beside the note's file {@code path}; an
     * export reads each one's content ({@link #content}) only for a path it has not written yet.
     */
    Map<String, String> besides(Note note, String path) {
        Map<String, String> files = new LinkedHashMap<>();
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        for (String address : LinkEdits.addresses(note.body())) {
            Attachment.idIn(address).flatMap(attachments::find)
                    .ifPresent(attachment -> files.put(folder + fileName(attachment), attachment.id()));
        }
        return files;
    }

    /** The bytes of attachment {@code id}: none if the journal has lost it. */
    byte[] content(String id) {
        return attachments.content(id).orElse(new byte[0]);
    }
}
