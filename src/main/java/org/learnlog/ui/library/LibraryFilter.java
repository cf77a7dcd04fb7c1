package org.learnlog.ui.library;

import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.learnlog.model.LibraryEntry;

/** The Library screen's search box and tag filter over a library's items: words in the title, text or author. */
final class LibraryFilter {
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty();
    private final FilteredList<LibraryEntry> shown;

    LibraryFilter(ObservableList<LibraryEntry> entries) {
        shown = new FilteredList<>(entries);
        query.addListener((observable, old, text) -> refilter());
        tag.addListener((observable, old, text) -> refilter());
    }

    private void refilter() {
        String words = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        String wanted = tag.get();
        shown.setPredicate(entry -> (wanted == null || wanted.isEmpty() || entry.item().tags().contains(wanted))
                && (words.isEmpty() || (entry.item().title() + "\n" + entry.item().body() + "\n" + entry.item().author())
                .toLowerCase(Locale.ROOT).contains(words)));
    }

    StringProperty query() {
        return query;
    }

    StringProperty tag() {
        return tag;
    }

    ObservableList<LibraryEntry> shown() {
        return shown;
    }
}
