package org.learnlog.store.library;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.util.FileUtils;
import org.learnlog.store.StoreException;

/** A library's copy in the journal's folder, as a whole: deleted when the library is removed. */
public final class WorkTree {
    private WorkTree() {
    }

    /** Deletes the copy in {@code folder}, its git data with it. */
    public static void delete(Path folder) {
        try {
            FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
        } catch (IOException e) {
            throw new StoreException("Can't delete the library's copy in " + folder + ": " + e.getMessage(), e);
        }
    }
}
