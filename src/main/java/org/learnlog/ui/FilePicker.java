package org.learnlog.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file to open; the app uses the platform's chooser, tests answer with a fixed one. */
@FunctionalInterface
public interface FilePicker {
    Optional<Path> pick(Window owner, String title);
}
