package org.learnlog.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import org.learnlog.model.WindowPlace;
import org.learnlog.opening.OpenResult;
import org.learnlog.service.Settings;

/**
 * How the window starts: dark or light, where it was last, the folder last chosen, and the language
 * chosen in Preferences (empty: the system's); read with the journal, off the FX thread.
 */
record StartLook(boolean dark, Optional<WindowPlace> place, Optional<Path> lastFolder, String language) {
    private static final System.Logger LOG = System.getLogger(StartLook.class.getName());
    static final StartLook PLAIN = new StartLook(false, Optional.empty(), Optional.empty(), "");

    /** A settings file that can't be read costs the look only. */
    static StartLook of(OpenResult result) {
        if (!(result instanceof OpenResult.Opened open)) {
            return PLAIN;
        }
        return of(open.services().settings());
    }

    /**
     * The look kept beside the journal in {@code dataDir}, read before the journal opens, so the first
     * frame shows where the window was, in its theme.
     */
    static StartLook read(Path dataDir) {
        return of(new Settings(dataDir.resolve(JournalAssembly.SETTINGS), ""));
    }

    private static StartLook of(Settings settings) {
        try {
            return new StartLook(settings.darkTheme(), settings.windowPlace(), settings.lastFolder(), settings.language());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Can't read the window's settings", e);
            return PLAIN;
        }
    }
}
