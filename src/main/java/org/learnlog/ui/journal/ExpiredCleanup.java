package org.learnlog.ui.journal;

import org.learnlog.service.NoteHistory;
import org.learnlog.service.Trash;
import org.learnlog.ui.Background;
import org.learnlog.ui.StatusLine;

/**
 * Lets go of what the trash (30 days) and the history (90 days) keep no longer, once the window is up,
 * so a journal whose trash and history windows are never opened does not keep them for ever.
 */
public final class ExpiredCleanup {
    private final Trash trash;
    private final NoteHistory history;
    private final Background background;
    private final StatusLine status;

    public ExpiredCleanup(Trash trash, NoteHistory history, Background background, StatusLine status) {
        this.trash = trash;
        this.history = history;
        this.background = background;
        this.status = status;
    }

    public void run() {
        background.write(() -> trash.emptyExpired() + history.purgeExpired())
                .onError(failure -> status.failed("action.purgeExpired", failure));
    }
}
