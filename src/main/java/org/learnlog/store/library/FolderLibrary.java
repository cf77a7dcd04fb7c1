package org.learnlog.store.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.learnlog.store.StoreException;

/**
 * A library that is a plain folder, carried by a sync tool or a shared drive: files written there are
 * published at once, so nothing ever waits and there is nothing to fetch or push.
 */
public final class FolderLibrary implements LibraryStore {
    private final Path folder;

    public FolderLibrary(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new StoreException("The library folder " + folder + " is not there. Is the shared drive connected?");
        }
        this.folder = folder;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public void fetch() {
        if (!Files.isDirectory(folder)) {
            throw new LibraryUnreachableException("The library folder " + folder + " is not there any more.", null);
        }
    }

    @Override
    public boolean waiting() {
        return false;
    }

    @Override
    public Map<String, Optional<String>> waitingChanges() {
        return Map.of();
    }

    @Override
    public void resetToRemote() {
        // The folder is the library itself.
    }

    @Override
    public boolean commit(String message, String author, String email) {
        return false;
    }

    @Override
    public boolean push() {
        return true;
    }

    @Override
    public void close() {
        // Holds nothing open.
    }
}
