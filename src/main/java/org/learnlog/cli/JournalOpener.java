package org.learnlog.cli;

import java.nio.file.Path;
import org.learnlog.service.JournalServices;

/** Opens the journal in a data directory; the app supplies the real one, tests may supply their own. */
@FunctionalInterface
public interface JournalOpener {
    JournalServices open(Path dataDir);
}
