package org.learnlog.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's own folder and file choosers, as the window's import and export ask for them. Each opens
 * in the last folder used, else the user's Documents or home folder: never on an empty "Recent" view.
 */
final class SystemChoosers {
    private Path last;
    private final Consumer<Path> remember;

    /** {@code last} is the folder used last time, if any; {@code remember} keeps each new one for next time. */
    SystemChoosers(Optional<Path> last, Consumer<Path> remember) {
        this.last = last.orElse(null);
        this.remember = remember;
    }

    Optional<Path> json(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(start());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chosen(Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath), true);
    }

    Optional<Path> folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(start());
        return chosen(Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath), false);
    }

    private Optional<Path> chosen(Optional<Path> path, boolean file) {
        path.map(chosen -> file ? chosen.getParent() : chosen).filter(folder -> folder != null).ifPresent(folder -> {
            last = folder;
            remember.accept(folder);
        });
        return path;
    }

    private File start() {
        if (last != null && Files.isDirectory(last)) {
            return last.toFile();
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).toFile();
    }
}
