package org.learnlog.service;

import java.nio.file.Path;
import java.util.List;

/**
 * Writing would replace files that are already there and hold something else, which nothing does
 * without being told to: a command takes --force, the app asks first. Nothing was written.
 */
public final class FileExistsException extends InvalidInputException {
    private final transient List<Path> files;

    public FileExistsException(List<Path> files) {
        super(message(files));
        this.files = List.copyOf(files);
    }

    /** The files that would be replaced. */
    public List<Path> files() {
        return files;
    }

    private static String message(List<Path> files) {
        return files.get(0) + " is there already" + (files.size() == 1 ? ""
                : ", and " + (files.size() - 1) + (files.size() == 2 ? " other file it goes with is" : " other files it goes with are")
                + " too") + ". Nothing was written.";
    }
}
