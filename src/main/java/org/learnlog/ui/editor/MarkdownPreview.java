package org.learnlog.ui.editor;

import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.learnlog.service.PreviewPages;
import org.learnlog.ui.Background;
import org.learnlog.ui.Messages;

/**
 * The live preview beside the editor. Typing restarts a short pause; when it ends, the Markdown is
 * read in the background and only the newest page is drawn, so a burst of keys draws once. It is
 * drawn with JavaFX's own nodes, not a web view (docs/decisions/0002-no-web-view.md).
 */
public final class MarkdownPreview {
    private static final Duration QUIET = Duration.millis(150);

    private final PreviewPages pages;
    private final Background background;
    private final Messages messages;
    private long generation;

    public MarkdownPreview(PreviewPages pages, Background background, Messages messages) {
        this.pages = pages;
        this.background = background;
        this.messages = messages;
    }

    /** Shows the preview of {@code markdown} in {@code pane}, following its changes. */
    public void attach(StackPane pane, StringProperty markdown) {
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setFocusTraversable(false);
        pane.getChildren().setAll(scroll);
        PauseTransition pause = new PauseTransition(QUIET);
        pause.setOnFinished(event -> render(scroll, markdown.get()));
        markdown.addListener((observable, old, now) -> pause.playFromStart());
        render(scroll, markdown.get());
    }

    private void render(ScrollPane scroll, String markdown) {
        long mine = ++generation;
        background.read(() -> pages.page(markdown)).onSuccess(page -> {
            if (mine == generation) {
                scroll.setContent(PageNodes.of(page, messages.text("preview.cut", PreviewPages.MAX_CHARACTERS)));
            }
        });
    }
}
