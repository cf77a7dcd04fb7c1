package org.learnlog.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.learnlog.markdown.LibraryMarkdown;
import org.learnlog.model.LibraryFeedback;
import org.learnlog.model.LibraryItem;

/**
 * The items and feedback in a library's folder, read fresh each time, and the files written there. A
 * file that is not a library item (a teammate's stray note, a broken edit) is left alone and skipped.
 */
final class LibraryFiles {
    private final Path folder;

    LibraryFiles(Path folder) {
        this.folder = folder;
    }

    /** Every item, conflict copies among them, in path order. */
    List<LibraryItem> items() {
        List<LibraryItem> items = new ArrayList<>();
        for (String path : markdownUnder(LibraryPaths.AIDS, LibraryPaths.NOTES)) {
            // A file that is not an item is left as it is.
            itemAt(path).ifPresent(items::add);
        }
        return items;
    }

    /** The item with {@code id} (not a conflict's copy), if the library has it. */
    Optional<LibraryItem> item(UUID id) {
        return items().stream().filter(item -> item.id().equals(id) && item.conflictOf().isEmpty()).findFirst();
    }

    /** The item in the file at {@code path}, if there is one. */
    Optional<LibraryItem> itemAt(String path) {
        return read(path).flatMap(text -> {
            try {
                return Optional.of(LibraryMarkdown.read(path, path.startsWith(LibraryPaths.AIDS), text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    List<LibraryFeedback> feedback() {
        List<LibraryFeedback> all = new ArrayList<>();
        for (String path : markdownUnder(LibraryPaths.FEEDBACK)) {
            read(path).ifPresent(text -> {
                try {
                    all.add(LibraryMarkdown.readFeedback(text));
                } catch (IllegalArgumentException e) {
                    // Not feedback: left as it is.
                }
            });
        }
        return all;
    }

    boolean exists(String path) {
        return Files.exists(folder.resolve(path));
    }

    void write(String path, String text) {
        Path file = folder.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".learnlog-", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FileWriteException("Can't write " + file + " in the library: " + e.getMessage(), e);
        }
    }

    void delete(String path) {
        try {
            Files.deleteIfExists(folder.resolve(path));
        } catch (IOException e) {
            throw new FileWriteException("Can't remove " + folder.resolve(path) + " from the library: " + e.getMessage(), e);
        }
    }

    private Optional<String> read(String path) {
        try {
            return Optional.of(Files.readString(folder.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private List<String> markdownUnder(String... prefixes) {
        List<String> paths = new ArrayList<>();
        for (String prefix : prefixes) {
            Path top = folder.resolve(prefix);
            if (!Files.isDirectory(top)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(top)) {
                files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".md"))
                        .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                        .sorted(Comparator.naturalOrder()).forEach(paths::add);
            } catch (IOException e) {
                throw new FileWriteException("Can't read the library's folder " + top + ": " + e.getMessage(), e);
            }
        }
        return paths;
    }
}
