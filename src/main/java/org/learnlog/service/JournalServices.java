package org.learnlog.service;

/**
 * Everything the desktop app and the CLI use on one open notes. Closing it closes the notes's
 * database, which releases the file for another process.
 */
public record JournalServices(Notes notes, Search search, Goals goals, GoalTracking tracking, Reviews reviews,
                              GoalReviewExport reviewExport, Activity activity, NoteExport export, JournalExport journalExport,
                              JournalImport journalImport, Aids aids, Settings settings, PreviewPages preview, Drafts drafts,
                              Backups backups, Trash trash, NoteHistory history,
                              Runnable onClose)
        implements AutoCloseable {

    @Override
    public void close() {
        onClose.run();
    }
}
