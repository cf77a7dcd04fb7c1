package org.learnlog.service;

import java.util.Map;
import java.util.Optional;
import org.learnlog.markdown.LibraryMarkdown;
import org.learnlog.model.LibraryItem;
import org.learnlog.store.library.LibraryStore;

/**
 * Sends the user's library changes and brings in their teammates': fetch; if the remote moved on,
 * replay the user's changed files onto it (a rebase that keeps both versions where two teammates
 * published the same item from the same version, and never writes conflict markers); push; and try
 * again should the remote move once more meanwhile.
 */
final class LibrarySync {
    private static final int ATTEMPTS = 3;
    private final LibraryStore store;
    private final LibraryFiles files;
    private final Teammate me;

    LibrarySync(LibraryStore store, Teammate me) {
        this.store = store;
        this.files = new LibraryFiles(store.folder());
        this.me = me;
    }

    LibraryFiles files() {
        return files;
    }

    /** @throws org.learnlog.store.library.LibraryUnreachableException if the remote can't be reached */
    SyncOutcome sync() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            store.fetch();
            if (!store.waiting()) {
                store.resetToRemote();
                return SyncOutcome.UP_TO_DATE;
            }
            if (store.push()) {
                return SyncOutcome.PUBLISHED;
            }
            Map<String, Optional<String>> ours = store.waitingChanges();
            store.resetToRemote();
            ours.forEach((path, text) -> text.ifPresentOrElse(content -> replay(path, content), () -> removed(path)));
            commit("Publish " + me.name() + "'s changes");
        }
        return SyncOutcome.WAITING;
    }

    /** Commits what was written, with the index written anew; false if nothing changed. */
    boolean commit(String message) {
        files.write(LibraryPaths.README, LibraryReadme.of(files.items(), files.feedback()));
        return store.commit(message, me.name(), me.email());
    }

    /**
     * A file the user's change removed: a conflict's copy their publish settled goes; anything else stays,
     * as a teammate may have changed it meanwhile, and a moved item is found by its id anyway.
     */
    private void removed(String path) {
        if (files.itemAt(path).filter(item -> item.conflictOf().isPresent()).isPresent()) {
            files.delete(path);
        }
    }

    private void replay(String path, String text) {
        if (path.equals(LibraryPaths.README) || !LibraryPaths.isItem(path)) {
            files.write(path, text);
            return;
        }
        LibraryItem mine;
        try {
            mine = LibraryMarkdown.read(path, path.startsWith(LibraryPaths.AIDS), text);
        } catch (IllegalArgumentException e) {
            files.write(path, text);
            return;
        }
        Optional<LibraryItem> theirs = files.item(mine.id());
        if (mine.conflictOf().isEmpty() && theirs.isPresent() && theirs.get().version() >= mine.version()) {
            // Published from the same version as theirs: theirs stays in place, and ours is kept beside it.
            String beside = LibraryPaths.conflict(theirs.get().path(), me.name());
            files.write(beside, LibraryMarkdown.write(new LibraryItem(mine.id(), mine.aid(), mine.title(), mine.kind(),
                    mine.author(), mine.version(), mine.updated(), mine.tags(), mine.contributors(), mine.body(), beside,
                    Optional.of(mine.id()))));
            return;
        }
        String target = files.itemAt(path).filter(other -> !other.id().equals(mine.id())).isPresent()
                ? LibraryPaths.of(mine, files::exists) : path;
        theirs.filter(old -> !old.path().equals(target)).ifPresent(old -> files.delete(old.path()));
        files.write(target, target.equals(path) ? text : LibraryMarkdown.write(mine.withPath(target)));
    }
}
