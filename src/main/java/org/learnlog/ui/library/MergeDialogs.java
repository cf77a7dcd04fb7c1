package org.learnlog.ui.library;

import java.util.Optional;
import javafx.stage.Window;
import org.learnlog.model.LibraryItem;

/** Shows the merge of a conflict's two versions; the app's wiring makes the dialog. */
@FunctionalInterface
public interface MergeDialogs {
    /** The text the user put together from {@code other} and {@code mine}; empty if they cancelled. */
    Optional<String> merge(Window owner, LibraryItem other, String mine);
}
