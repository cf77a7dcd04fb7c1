package org.learnlog.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.learnlog.model.Attachment;

/**
 * The files an imported note links or embeds (images, PDFs…), taken into the journal as attachments:
 * only regular files inside the imported folder, never a note's own Markdown file, never a link out of
 * the folder, none over {@link Attachment#MAX_BYTES}. A file exported by Learnlog gets its first name back.
 */
final class ImportAttachments {
    private final Path root;
    private final Attachments attachments;
    private final Map<String, Optional<Attachment>> byPath = new HashMap<>();
    /** The folder's other files by name in lower case, for Obsidian's ![[name]]; listed on first need. */
    private Map<String, List<String>> byName;

    ImportAttachments(Path root, Attachments attachments) {
        this.root = root.toAbsolutePath().normalize();
        this.attachments = attachments;
    }

    /** The attachment for the file at {@code relative} (a path inside the folder), taken in on first use. */
    Optional<Attachment> at(String relative) {
        return byPath.computeIfAbsent(relative, this::take);
    }

    /** The attachment an embed names from note file {@code from}: the file of that name nearest to it. */
    Optional<Attachment> named(String from, String name) {
        String folder = from.substring(0, from.lastIndexOf('/') + 1);
        String key = name.toLowerCase(Locale.ROOT);
        return names().getOrDefault(key.substring(key.lastIndexOf('/') + 1), List.of()).stream()
                .filter(path -> !name.contains("/") || path.toLowerCase(Locale.ROOT).endsWith(key))
                .min(Comparator.comparing((String path) -> !path.startsWith(folder)).thenComparing(String::length))
                .flatMap(this::at);
    }

    private Optional<Attachment> take(String relative) {
        Path file = root.resolve(relative).normalize();
        String lower = relative.toLowerCase(Locale.ROOT);
        try {
            if (!file.startsWith(root) || lower.endsWith(".md") || !Files.isRegularFile(file)
                    || !file.toRealPath().startsWith(root.toRealPath()) || Files.size(file) > Attachment.MAX_BYTES) {
                return Optional.empty();
            }
            byte[] content = Files.readAllBytes(file);
            String name = Attachment.nameIn(file.getFileName().toString(), Attachments.id(content));
            return Optional.of(attachments.add(name, content));
        } catch (IOException | InvalidInputException e) {
            return Optional.empty();
        }
    }

    private Map<String, List<String>> names() {
        if (byName == null) {
            byName = new HashMap<>();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .filter(path -> !path.toLowerCase(Locale.ROOT).endsWith(".md") && !path.startsWith("."))
                        .forEach(path -> byName.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1)
                                .toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(path));
            } catch (IOException | UncheckedIOException e) {
                // A folder that can't be listed has no files to embed; the links stay as written.
            }
        }
        return byName;
    }
}
