package org.learnlog.app.wiring;

import org.learnlog.service.Search;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.journal.SearchIndexCheck;
import org.learnlog.ui.search.SearchFieldController;
import org.learnlog.ui.search.SearchModel;
import org.learnlog.ui.search.SearchResultsController;

/** The search feature: the field in the toolbar, the results beside the editor, and the index's check at start. */
final class SearchWiring {
    private final SearchModel model;
    private final SearchIndexCheck indexCheck;
    private final Shared shared;
    private SearchResultsController results;

    SearchWiring(Search search, Shared shared) {
        this.shared = shared;
        model = new SearchModel(search, shared.background(), shared.messages());
        indexCheck = new SearchIndexCheck(search, shared.status(), shared.background(), shared.work(), shared.messages());
    }

    void register(ControllerFactory.Builder controllers, NotesWiring notes) {
        controllers.add(SearchFieldController.class, () -> new SearchFieldController(model, shared.navigation(), notes.list))
                .add(SearchResultsController.class, () -> results = new SearchResultsController(model, notes.editor,
                        notes.list, shared.events(), shared.messages()));
    }

    /** Once the window is on screen: the index is checked, and the results list readied for the first search. */
    void shown() {
        indexCheck.run();
        if (results != null) {
            results.windowShown();
        }
    }
}
