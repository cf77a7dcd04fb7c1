package org.learnlog.ui.journal;

import org.learnlog.service.Search;
import org.learnlog.ui.Background;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.Messages;
import org.learnlog.ui.StatusLine;

/**
 * At start, checks the search index against the journal and, when it missed writes or is missing,
 * rebuilds it in the background with the status bar's progress; search answers more slowly meanwhile.
 */
public final class SearchIndexCheck {
    private final Search search;
    private final StatusLine status;
    private final Background background;
    private final LongWork work;
    private final Messages messages;

    public SearchIndexCheck(Search search, StatusLine status, Background background, LongWork work, Messages messages) {
        this.search = search;
        this.status = status;
        this.background = background;
        this.work = work;
        this.messages = messages;
    }

    public void run() {
        background.read(search::needsRebuild).onSuccess(stale -> {
            if (stale && work.start()) {
                status.report(messages.text("search.rebuilding"));
                background.read(() -> {
                    search.rebuild(work);
                    return true;
                }).onSuccess(done -> {
                    work.finish();
                    status.report(messages.text("search.rebuilt"));
                }).onError(failure -> {
                    work.finish();
                    status.failed("action.reindex", failure);
                });
            }
        }).onError(failure -> status.failed("action.reindex", failure));
    }
}
