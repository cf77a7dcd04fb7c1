package org.learnlog.app;

import javafx.application.Preloader;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Says that the journal is opening when that takes more than a moment: the first start of a new
 * version brings the journal's file up to date, which takes some 20 seconds with 100,000 notes, and
 * without this nothing would be on screen meanwhile. A preloader, since the journal opens in the app's
 * {@code init}; an encrypted journal, which opens after its passphrase, shows an {@link OpeningWindow}
 * of its own.
 */
public final class OpeningNotice extends Preloader {
    private final Duration patience;
    private OpeningWindow window;

    /** The one the launcher makes. */
    public OpeningNotice() {
        this(OpeningWindow.PATIENCE);
    }

    OpeningNotice(Duration patience) {
        this.patience = patience;
    }

    @Override
    public void start(Stage stage) {
        window = new OpeningWindow(stage, patience);
    }

    /** The app's own window takes over as soon as the journal is open. */
    @Override
    public void handleStateChangeNotification(StateChangeNotification change) {
        if (change.getType() == StateChangeNotification.Type.BEFORE_START) {
            window.close();
        }
    }
}
