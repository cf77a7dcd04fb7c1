package org.learnlog.ui.editor;

import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.learnlog.model.NoteLink;
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

    /** Shows the preview of {@code markdown} in {@code pane}, following its changes; its links to notes are words. */
    public void attach(StackPane pane, StringProperty markdown) {
        attach(pane, markdown, new VBox(), null);
    }

    /**
     * Shows the preview of {@code markdown} in {@code pane}, following its changes, with {@code footer}
     * below it (the note's backlinks); a click on a link to a note is told to {@code follow}.
     */
    public void attach(StackPane pane, StringProperty markdown, Node footer, BiConsumer<NoteLink, String> follow) {
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setFocusTraversable(false);
        VBox content = new VBox(16, new VBox(), footer);
        scroll.setContent(content);
        pane.getChildren().setAll(scroll);
        PauseTransition pause = new PauseTransition(QUIET);
        pause.setOnFinished(event -> render(content, markdown.get(), follow));
        markdown.addListener((observable, old, now) -> pause.playFromStart());
        render(content, markdown.get(), follow);
    }

    private void render(VBox content, String markdown, BiConsumer<NoteLink, String> follow) {
        long mine = ++generation;
        background.read(() -> pages.page(markdown)).onSuccess(page -> {
            if (mine == generation) {
                content.getChildren().set(0, PageNodes.of(page, messages.text("preview.cut", PreviewPages.MAX_CHARACTERS),
                        follow));
            }
        });
    }
}
