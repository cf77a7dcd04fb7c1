package org.learnlog.ui.editor;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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

    public MarkdownPreview(PreviewPages pages, Background background, Messages messages) {
        this.pages = pages;
        this.background = background;
        this.messages = messages;
    }

    /** Shows the preview of {@code markdown} in {@code pane}, following its changes; its links to notes are words. */
    public void attach(StackPane pane, StringProperty markdown) {
        attach(pane, markdown, new VBox(), null);
    }

    /**
     * Shows the preview of {@code markdown} in {@code pane}, following its changes, with {@code footer}
     * below it (the note's backlinks); its links and images are {@code actions}'.
     */
    public void attach(StackPane pane, StringProperty markdown, Node footer, PageActions actions) {
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setFocusTraversable(false);
        VBox content = new VBox(16, new VBox(), footer);
        scroll.setContent(content);
        pane.getChildren().setAll(scroll);
        Rendering rendering = new Rendering(content, actions);
        PauseTransition pause = new PauseTransition(QUIET);
        pause.setOnFinished(event -> rendering.render(markdown.get()));
        markdown.addListener((observable, old, now) -> pause.playFromStart());
        rendering.render(markdown.get());
    }

    /** One preview's drawing: only the newest page is shown, and a text drawn already is not drawn again. */
    private final class Rendering {
        private final VBox content;
        private final PageActions actions;
        private long generation;
        private String shown;

        Rendering(VBox content, PageActions actions) {
            this.content = content;
            this.actions = actions;
        }

        void render(String markdown) {
            long mine = ++generation;
            if (Objects.equals(markdown, shown)) {
                return;
            }
            background.read(() -> pages.page(markdown)).onSuccess(page -> {
                if (mine == generation) {
                    shown = markdown;
                    content.getChildren().set(0, PageNodes.of(page,
                            messages.text("preview.cut", PreviewPages.MAX_CHARACTERS), actions));
                }
            });
        }
    }
}
