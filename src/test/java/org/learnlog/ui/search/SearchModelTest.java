package org.learnlog.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.SearchHit;
import org.learnlog.service.Progress;
import org.learnlog.service.Search;
import org.learnlog.service.TestJournal;
import org.learnlog.ui.Messages;
import org.learnlog.ui.SameThreadBackground;

/** Search as you type, without a window: hits, the summary, hints, and clearing. */
class SearchModelTest {
    private final TestJournal test = new TestJournal();
    private final Search search = test.search();
    private final SearchModel model = new SearchModel(search, new SameThreadBackground(), Messages.load());

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void typingSearchesAndTheSummaryCountsWithHints() {
        search.ensureCurrent(Progress.NONE);
        test.notes.save(NoteDraft.of("Rebase first", "then push"));
        test.notes.save(NoteDraft.of("Merge later", ""));

        model.queryProperty().set("rebase tag:");

        assertEquals(List.of("Rebase first"), model.hits().stream().map(hit -> hit.title().text()).toList());
        assertEquals("1 note found. Give tag: a name, e.g. tag:git.", model.summary().get());
    }

    @Test
    void clearingTheQueryClearsTheResults() {
        search.ensureCurrent(Progress.NONE);
        test.notes.save(NoteDraft.of("Rebase first", ""));
        model.queryProperty().set("rebase");

        model.queryProperty().set("");

        assertEquals(List.<SearchHit>of(), model.hits());
        assertEquals("", model.summary().get());
    }
}
