package org.learnlog.ui.journal;

import java.util.List;
import java.util.UUID;
import javafx.stage.Window;

/** Opens the aid maker on some notes; the window's wiring knows how. */
@FunctionalInterface
public interface AidMaking {
    void make(Window owner, List<UUID> notes);
}
