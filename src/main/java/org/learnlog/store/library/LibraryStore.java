package org.learnlog.store.library;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a team library's files are, and how teammates' changes come in and the user's go out: a clone
 * of a git remote ({@link GitLibrary}) or a plain shared folder ({@link FolderLibrary}). The service
 * reads and writes the files in {@link #folder()}, then commits and pushes them through this.
 */
public interface LibraryStore extends AutoCloseable {

    /** The library's files as this machine has them. */
    Path folder();

    /**
     * Brings in what the remote has now, without touching the files.
     * @throws LibraryUnreachableException if the remote can't be reached or refuses the user
     */
    void fetch();

    /** Whether commits made here have not reached the remote yet ("waiting to publish"). */
    boolean waiting();

    /** The files the commits waiting here changed, by path in the library: their text, or empty if removed. */
    Map<String, Optional<String>> waitingChanges();

    /** Makes the files what the remote has, dropping the commits waiting here; take {@link #waitingChanges()} first. */
    void resetToRemote();

    /** Commits every file changed in {@link #folder()}, as {@code author}; false if nothing changed. */
    boolean commit(String message, String author, String email);

    /**
     * Sends the waiting commits; false if the remote moved on since the last {@link #fetch()}.
     * @throws LibraryUnreachableException if the remote can't be reached or refuses the user
     */
    boolean push();

    @Override
    void close();
}
