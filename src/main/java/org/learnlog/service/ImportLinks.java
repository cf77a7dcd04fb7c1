package org.learnlog.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learnlog.markdown.Addresses;
import org.learnlog.markdown.LinkEdits;
import org.learnlog.markdown.LinkEdits.WikiTarget;
import org.learnlog.model.Attachment;
import org.learnlog.model.Note;
import org.learnlog.service.formats.NoteReader;

/**
 * Turns the links between an import's files into links between notes: relative Markdown links to
 * another imported file, and Obsidian's {@code [[wiki links]]} by file name, path, heading and label;
 * and links, images and {@code ![[embeds]]} of other files in the folder into attachments.
 * Links to files outside the import, to the web, or to names no file has, stay as written.
 */
final class ImportLinks {
    private final Set<String> files;
    /** Each file by its name and by its path, both without ".md" and in lower case: how a wiki link names it. */
    private final Map<String, List<String>> byName = new HashMap<>();
    private final Map<String, UUID> ids = new HashMap<>();
    private final NoteReader reader;
    private final boolean wikiLinks;
    private final ImportAttachments attachments;
    /** Set while resolving when a link names a file whose note is not read yet. */
    private boolean waiting;

    /**
     * {@code files}: the paths of the import's note files, relative to its folder, with / between
     * folders. {@code wikiLinks}: whether {@code [[names]]} name files, as in a vault; in Learnlog's own
     * export they are links to notes not written yet, and stay so.
     */
    ImportLinks(List<String> files, NoteReader reader, boolean wikiLinks, ImportAttachments attachments) {
        this.files = new HashSet<>(files);
        this.reader = reader;
        this.wikiLinks = wikiLinks;
        this.attachments = attachments;
        for (String file : files) {
            String path = file.toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "");
            byName.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1), name -> new ArrayList<>()).add(file);
            byName.computeIfAbsent(path, name -> new ArrayList<>()).add(file);
        }
    }

    /** Remembers that file {@code relative} holds note {@code id}, for links to it. */
    void read(String relative, UUID id) {
        ids.put(relative, id);
    }

    /**
     * The note of file {@code relative} with its links to other imported files made links to their
     * notes, or empty if one names a file whose note has not been read yet (and the file says its id).
     */
    Optional<Note> resolve(String relative, Note note) {
        waiting = false;
        Note resolved = resolveNow(relative, note);
        return waiting ? Optional.empty() : Optional.of(resolved);
    }

    /** As {@link #resolve}, once every file was read: a link whose note is still unknown stays as written. */
    Note resolveNow(String relative, Note note) {
        String body = note.body();
        if (!body.contains("](") && !(wikiLinks && body.contains("[["))) {
            return note;
        }
        String linked = LinkEdits.fromFiles(body, address -> byAddress(relative, address),
                wiki -> byName(relative, wiki));
        linked = LinkEdits.retarget(linked, address -> Addresses.resolve(relative, address.replaceFirst("#.*$", ""))
                .flatMap(attachments::at).map(attachment -> Attachment.SCHEME + attachment.id()));
        if (wikiLinks) {
            linked = LinkEdits.embeds(linked, name -> attachments.named(relative, name).map(Attachment::markdown));
        }
        return linked.equals(body) ? note : new Note(note.id(), note.title(), linked, note.date(), note.kind(),
                note.context(), note.tags(), note.goals(), note.created(), note.updated(), note.source());
    }

    private Optional<UUID> byAddress(String from, String address) {
        return Addresses.resolve(from, address)
                .flatMap(path -> files.contains(path) ? Optional.of(path)
                        : files.contains(path + ".md") ? Optional.of(path + ".md") : Optional.empty())
                .flatMap(this::idOf);
    }

    /** Obsidian's rule: a name is a file's name anywhere in the vault, the nearest first; a path names one file. */
    private Optional<UUID> byName(String from, WikiTarget wiki) {
        String name = wiki.name().toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "");
        if (!wikiLinks || name.isEmpty()) {
            return Optional.empty();
        }
        String folder = from.substring(0, from.lastIndexOf('/') + 1);
        return byName.getOrDefault(name, List.of()).stream()
                .min(Comparator.comparing((String file) -> !file.startsWith(folder))
                        .thenComparing(String::length).thenComparing(Comparator.naturalOrder()))
                .flatMap(this::idOf);
    }

    private Optional<UUID> idOf(String file) {
        Optional<UUID> id = Optional.ofNullable(ids.get(file)).or(() -> reader.idFor(file));
        if (id.isEmpty()) {
            waiting = true;
        }
        return id;
    }
}
