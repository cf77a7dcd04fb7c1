package org.learnlog.ui.editor;

import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.util.Duration;
import org.learnlog.service.PreviewPages;
import org.learnlog.ui.Background;

/**
 * The live preview beside the editor. Typing restarts a short pause; when it ends, the Markdown is
 * rendered in the background and only the newest page is shown, so a burst of keys renders once.
 */
public final class MarkdownPreview {
    private static final Duration QUIET = Duration.millis(150);

    private static final System.Logger LOG = System.getLogger(MarkdownPreview.class.getName());

    private final PreviewPages pages;
    private final Background background;
    private long generation;

    public MarkdownPreview(PreviewPages pages, Background background) {
        this.pages = pages;
        this.background = background;
    }

    /**
     * Loads WebKit's classes and native library on a background thread, then attaches the preview:
     * done on the FX thread, that loading froze the new window for about a second.
     */
    public void attachWhenLoaded(StackPane pane, StringProperty markdown) {
        background.read(() -> Class.forName(WebEngine.class.getName(), true, MarkdownPreview.class.getClassLoader()))
                .onSuccess(loaded -> attach(pane, markdown))
                .onError(failure -> LOG.log(System.Logger.Level.WARNING, "The Markdown preview could not start", failure));
    }

    public void attach(StackPane pane, StringProperty markdown) {
        WebView view = new WebView();
        view.setContextMenuEnabled(false);
        pane.getChildren().setAll(view);
        PauseTransition pause = new PauseTransition(QUIET);
        pause.setOnFinished(event -> render(view, markdown.get()));
        markdown.addListener((observable, old, now) -> pause.playFromStart());
        render(view, markdown.get());
    }

    private void render(WebView view, String markdown) {
        long mine = ++generation;
        background.read(() -> pages.page(markdown)).onSuccess(html -> {
            if (mine == generation) {
                view.getEngine().loadContent(html);
            }
        });
    }
}
