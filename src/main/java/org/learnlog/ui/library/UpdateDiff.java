package org.learnlog.ui.library;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LineDiff;
import org.learnlog.service.LibrarySharing;
import org.learnlog.ui.Background;

/**
 * What a library item's newer version, or the other side of a conflict, changes in the journal's copy
 * (in the version in place, for a conflict the journal has no copy of): line by line, as the history
 * window shows it.
 */
final class UpdateDiff {
    private final LibrarySharing sharing;
    private final Background background;
    private final Consumer<Throwable> failed;
    private final ObservableList<LineDiff.Line> lines = FXCollections.observableArrayList();

    UpdateDiff(LibrarySharing sharing, Background background, Consumer<Throwable> failed) {
        this.sharing = sharing;
        this.background = background;
        this.failed = failed;
    }

    /** Compares {@code entry}, if it has a newer version than the copy, unless {@code chosen} moved on meanwhile. */
    void compare(LibraryEntry entry, Supplier<LibraryEntry> chosen) {
        lines.clear();
        if (entry == null || !entry.updateAvailable() && entry.conflicts().isEmpty()) {
            return;
        }
        if (entry.adopted().isEmpty()) {
            lines.setAll(LineDiff.between(entry.item().body(), entry.conflicts().get(0).body()));
            return;
        }
        background.read(() -> sharing.journalText(entry.item().id())).onSuccess(copy -> {
            if (entry.equals(chosen.get())) {
                String mine = copy.orElse("");
                lines.setAll(LineDiff.between(mine, entry.conflicts().isEmpty() ? entry.item().body() : entry.otherThan(mine).body()));
            }
        }).onError(failed::accept);
    }

    ObservableList<LineDiff.Line> lines() {
        return lines;
    }
}
