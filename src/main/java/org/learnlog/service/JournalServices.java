package org.learnlog.service;

import java.util.Objects;

/**
 * Everything the desktop app and the CLI use on one open journal. Closing it closes the journal's
 * database, which releases the file for another process. Built by name through {@link #builder()}.
 */
public record JournalServices(Notes notes, Search search, Goals goals, GoalTracking tracking, Reviews reviews,
                              GoalReviewExport reviewExport, Activity activity, NoteExport export, JournalExport journalExport,
                              JournalImport journalImport, Aids aids, Settings settings, PreviewPages preview, Drafts drafts,
                              Backups backups, Trash trash, NoteHistory history, Libraries libraries,
                              LibrarySharing sharing, Runnable onClose)
        implements AutoCloseable {

    public JournalServices {
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(reviewExport, "reviewExport");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(journalExport, "journalExport");
        Objects.requireNonNull(journalImport, "journalImport");
        Objects.requireNonNull(aids, "aids");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(backups, "backups");
        Objects.requireNonNull(trash, "trash");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(libraries, "libraries");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(onClose, "onClose");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void close() {
        onClose.run();
    }

    /** Names each service as it is set, so two of one type can't swap places; build() says which is missing. */
    public static final class Builder {
        private Notes notes;
        private Search search;
        private Goals goals;
        private GoalTracking tracking;
        private Reviews reviews;
        private GoalReviewExport reviewExport;
        private Activity activity;
        private NoteExport export = new NoteExport();
        private JournalExport journalExport;
        private JournalImport journalImport;
        private Aids aids;
        private Settings settings;
        private PreviewPages preview = new PreviewPages();
        private Drafts drafts;
        private Backups backups;
        private Trash trash;
        private NoteHistory history;
        private Libraries libraries;
        private LibrarySharing sharing;
        private Runnable onClose;

        private Builder() {
        }

        public Builder notes(Notes value) { notes = value; return this; }

        public Builder search(Search value) { search = value; return this; }

        public Builder goals(Goals value) { goals = value; return this; }

        public Builder tracking(GoalTracking value) { tracking = value; return this; }

        public Builder reviews(Reviews value) { reviews = value; return this; }

        public Builder reviewExport(GoalReviewExport value) { reviewExport = value; return this; }

        public Builder activity(Activity value) { activity = value; return this; }

        public Builder journalExport(JournalExport value) { journalExport = value; return this; }

        public Builder journalImport(JournalImport value) { journalImport = value; return this; }

        public Builder aids(Aids value) { aids = value; return this; }

        public Builder settings(Settings value) { settings = value; return this; }

        public Builder drafts(Drafts value) { drafts = value; return this; }

        public Builder backups(Backups value) { backups = value; return this; }

        public Builder trash(Trash value) { trash = value; return this; }

        public Builder history(NoteHistory value) { history = value; return this; }

        public Builder libraries(Libraries value) { libraries = value; return this; }

        public Builder sharing(LibrarySharing value) { sharing = value; return this; }

        /** What closing the services does: closes the index and the database. */
        public Builder onClose(Runnable value) { onClose = value; return this; }

        public JournalServices build() {
            return new JournalServices(notes, search, goals, tracking, reviews, reviewExport, activity, export,
                    journalExport, journalImport, aids, settings, preview, drafts, backups, trash, history, libraries, sharing,
                    onClose);
        }
    }
}
