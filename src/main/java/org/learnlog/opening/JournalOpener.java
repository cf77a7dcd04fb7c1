package org.learnlog.opening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;

/** Opens the journal in a data directory; the app supplies the real one, tests may supply their own. */
@FunctionalInterface
public interface JournalOpener {
    JournalServices open(Path dataDir);

    /** Done with what {@link #open} gave: closes it, so the file is free for the next process. */
    default void release(JournalServices services) {
        services.close();
    }

    /**
     * Runs {@code work}, which takes the journal without opening it (a restore, say), once no other
     * process holds it; this one tries once.
     */
    default <T> T whenFree(Path dataDir, Supplier<T> work) {
        return work.get();
    }

    /**
     * Whether the journal is lent by the process that owns it, for a command handed over to it: it
     * stays open after the command, so it can't be closed and replaced.
     */
    default boolean lent() {
        return false;
    }

    /** The journal in {@code dataDir}, open in this process, lent to commands handed over to it. */
    static JournalOpener lending(JournalServices services, Path dataDir) {
        return new JournalOpener() {
            @Override
            public JournalServices open(Path asked) {
                if (!sameFolder(asked, dataDir)) {
                    throw new InvalidInputException("This Learnlog has the journal in " + dataDir + " open, not " + asked + ".");
                }
                return services;
            }

            @Override
            public void release(JournalServices lent) {
                // The owner keeps it open for its window and the next command.
            }

            @Override
            public boolean lent() {
                return true;
            }
        };
    }

    private static boolean sameFolder(Path one, Path other) {
        try {
            return Files.isSameFile(one, other);
        } catch (IOException e) {
            return one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
        }
    }
}
