package org.learnlog.store.library;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Tells when a shared-folder library changes: a teammate's publish rewrites its README.md, at the top of
 * the folder, so watching the top is enough. One thread, stopped by {@link #close()}.
 */
public final class FolderWatch implements AutoCloseable {
    private final WatchService watcher;

    private FolderWatch(WatchService watcher) {
        this.watcher = watcher;
    }

    /** Watches {@code folder} and runs {@code changed} on the watching thread after each change. */
    public static FolderWatch of(Path folder, Runnable changed) throws IOException {
        WatchService watcher = folder.getFileSystem().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    key.pollEvents();
                    changed.run();
                    if (!key.reset()) {
                        return;
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // Closed: the watch is over.
            }
        }, "learnlog-library-watch");
        thread.setDaemon(true);
        thread.start();
        return new FolderWatch(watcher);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Nothing is left to stop.
        }
    }
}
