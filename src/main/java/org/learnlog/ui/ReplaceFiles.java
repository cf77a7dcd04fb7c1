package org.learnlog.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.stage.Window;

/** Asks before files the user has are written over, naming them: the app's side of a command's --force. */
public final class ReplaceFiles {
    private static final int LISTED = 5;

    private final Windows windows;
    private final Messages messages;

    public ReplaceFiles(Windows windows, Messages messages) {
        this.windows = windows;
        this.messages = messages;
    }

    /** Whether the user says to write over {@code files}; Cancel, the default, writes nothing. */
    public boolean confirm(Window owner, List<Path> files) {
        String listed = files.stream().limit(LISTED).map(Path::toString).collect(Collectors.joining("\n"))
                + (files.size() > LISTED ? "\n" + messages.text("replace.more", files.size() - LISTED) : "");
        return windows.confirmCarefully(owner, messages.text("replace.header", files.get(0).getFileName(), files.size()),
                messages.text("replace.detail", files.size()) + "\n\n" + listed, messages.text("replace.confirm"),
                "confirmReplace");
    }
}
