package org.learnlog.store;

import java.nio.file.Path;
import java.util.Optional;

/** The journal file looks damaged; it was left as it is, a copy was kept, and the newest backup is named if there is one. */
public final class DamagedJournalException extends StoreException {
    private final transient Optional<Path> newestBackup;

    DamagedJournalException(Path file, String why, Path copy, Optional<Path> newestBackup, Throwable cause) {
        super("The journal file " + file + " looks damaged: " + why + ". Learnlog did not open it, left it as it is and kept a copy in "
                + copy + ". " + newestBackup.map(backup -> "Its newest backup is " + backup + ".")
                .orElse("There is no backup of it; the copy may still be rescued with H2's Recover tool."), cause);
        this.newestBackup = newestBackup;
    }

    public Optional<Path> newestBackup() {
        return newestBackup;
    }
}
