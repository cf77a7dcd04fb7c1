package org.learnlog.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A hidden folder for work on a copy of a journal, made beside the file it copies (so the copy stays
 * on the same disk and under the same permissions as the journal's text) and removed when done.
 */
final class WorkFolder implements AutoCloseable {
    private final Path path;

    private WorkFolder(Path path) {
        this.path = path;
    }

    static WorkFolder beside(Path file, String prefix) throws IOException {
        return new WorkFolder(Files.createTempDirectory(file.toAbsolutePath().getParent(), prefix));
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        delete(path);
    }

    /** Deletes {@code folder} and all in it; what can't be deleted is left for the next try. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A hidden leftover costs space, never a note.
        }
    }
}
