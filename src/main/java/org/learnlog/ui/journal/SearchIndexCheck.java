package org.learnlog.ui.journal;

import org.learnlog.service.Search;
import org.learnlog.ui.Background;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.Messages;

/**
 * At start, checks the search index against the journal and, when it missed writes or is missing,
 * rebuilds it in the background with the status bar's progress; search answers more slowly meanwhile.
 */
final class SearchIndexCheck {
    private final Search search;
    private final NoteListModel journal;
    private final Background background;
    private final LongWork work;
    private final Messages messages;

    SearchIndexCheck(Search search, NoteListModel journal, Background background, LongWork work, Messages messages) {
        this.search = search;
        this.journal = journal;
        this.background = background;
        this.work = work;
        this.messages = messages;
    }

    void run() {
        background.read(search::needsRebuild).onSuccess(stale -> {
            if (stale && work.start()) {
                journal.report(messages.text("search.rebuilding"));
                background.read(() -> {
                    search.rebuild(work);
                    return true;
                }).onSuccess(done -> {
                    work.finish();
                    journal.report(messages.text("search.rebuilt"));
                }).onError(failure -> {
                    work.finish();
                    journal.failed("action.reindex", failure);
                });
            }
        }).onError(failure -> journal.failed("action.reindex", failure));
    }
}
