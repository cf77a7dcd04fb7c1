package org.learnlog.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.learnlog.store.DiskTrouble;

/**
 * Writes files into one folder and never outside it, from any number of threads. Each file is written to a hidden temp file and
 * moved into place, so a reader (or a crash) never sees half a file.
 */
final class FolderWriter {
    private final Path root;
    /** Folders known to exist, so a large export asks the file system once per folder, not per file. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    FolderWriter(Path folder) {
        root = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new InvalidInputException("Can't create the folder " + root + ": " + DiskTrouble.why(e) + ".", e);
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new InvalidInputException("Can't write into " + root + ". Choose a folder you can write to.");
        }
    }

    Path root() {
        return root;
    }

    /** The absolute path of {@code relative}, refusing any that would leave the folder. */
    Path resolve(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalStateException("Refusing to write outside " + root + ": " + relative);
        }
        return target;
    }

    /** Writes {@code content} to {@code relative}, replacing a file that is there, and returns its path. */
    Path write(String relative, byte[] content) {
        Path target = resolve(relative);
        Path temp = target.resolveSibling("." + target.getFileName() + ".learnlog-tmp");
        try {
            // Known only once created, so a second thread never writes into a folder not there yet.
            if (!folders.contains(target.getParent())) {
                requireInside(target.getParent());
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
            }
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new FileWriteException("Can't write " + target + ": " + DiskTrouble.why(e) + ".", e);
        }
    }

    /**
     * Writes every file of {@code files} (relative paths in the order given) and returns their paths;
     * unless {@code replace}, first makes sure none of them would replace a file that holds something else.
     * @throws FileExistsException listing those it would replace, before writing any
     */
    List<Path> writeAll(Map<String, byte[]> files, boolean replace) {
        if (!replace) {
            List<Path> there = new ArrayList<>();
            files.forEach((relative, content) -> {
                Path path = resolve(relative);
                if (Files.exists(path) && !holds(path, content)) {
                    there.add(path);
                }
            });
            if (!there.isEmpty()) {
                throw new FileExistsException(there);
            }
        }
        List<Path> written = new ArrayList<>();
        files.forEach((relative, content) -> written.add(write(relative, content)));
        return written;
    }

    private static boolean holds(Path path, byte[] content) {
        try {
            return Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), content);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A folder inside may still be a link to one outside; writing through it, or even creating folders
     * in it, would leave the folder. Its nearest existing ancestor tells.
     */
    private void requireInside(Path folder) throws IOException {
        Path existing = folder;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!existing.toRealPath().startsWith(root.toRealPath())) {
            throw new InvalidInputException("Refusing to write into " + folder + ": " + existing + " is a link to "
                    + existing.toRealPath() + ", outside " + root + ".");
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A hidden temp file is harmless; the caller reports the real error.
        }
    }
}
