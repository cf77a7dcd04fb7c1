package org.learnlog.ui.editor;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.StackPane;
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
    /** The class whose initializer loads WebKit's 100 MB library; it only records settings besides. */
    private static final String WEB_PAGE = "com.sun.webkit.WebPage";

    private static final System.Logger LOG = System.getLogger(MarkdownPreview.class.getName());

    private final PreviewPages pages;
    private final Background background;
    private long generation;

    public MarkdownPreview(PreviewPages pages, Background background) {
        this.pages = pages;
        this.background = background;
    }

    /**
     * Attaches the preview once there is Markdown to show: WebKit costs some 50 MB of memory, which a
     * window opened only to search or to look at goals need not pay.
     */
    public void attachWhenNeeded(StackPane pane, StringProperty markdown) {
        if (!markdown.get().isEmpty()) {
            attachWhenLoaded(pane, markdown);
            return;
        }
        markdown.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (!markdown.get().isEmpty()) {
                    markdown.removeListener(this);
                    attachWhenLoaded(pane, markdown);
                }
            }
        });
    }

    /**
     * Loads WebKit's native library on a background thread, then attaches the preview: done on the FX
     * thread, that loading froze the window for 1.3 s. WebKit's own start-up, which must happen on the
     * FX thread, waits for the first page.
     */
    private void attachWhenLoaded(StackPane pane, StringProperty markdown) {
        background.read(() -> Class.forName(WEB_PAGE, true, MarkdownPreview.class.getClassLoader()))
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
