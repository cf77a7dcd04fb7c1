package org.learnlog.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.learnlog.model.NoteLink;
import org.learnlog.ui.Messages;

/**
 * What the editor adds around a note's text: links ({@link NoteLinking}) and attachments
 * ({@link NoteAttachments}) in the text and in its preview, and the backlinks below it.
 */
public final class EditorPage implements PageActions {
    private final NoteLinking links;
    private final NoteAttachments files;
    private final Messages messages;
    private TextArea body;

    public EditorPage(NoteLinking links, NoteAttachments files, Messages messages) {
        this.links = links;
        this.files = files;
        this.messages = messages;
    }

    /** {@code body} offers titles after [[ and takes pasted and dropped files. */
    void install(TextArea body) {
        this.body = body;
        links.completion(body).install();
        files.install(body);
    }

    Node backlinks() {
        return links.backlinks().node();
    }

    @Override
    public void follow(NoteLink link, String words) {
        links.follow(link, words, body.getScene().getWindow());
    }

    @Override
    public void open(String id, String name) {
        files.saveCopy(id, name, body.getScene().getWindow());
    }

    /** The image, no wider than the text it stands in or than itself; its description until it is read. */
    @Override
    public Node image(String id, String description) {
        Label waiting = new Label(description);
        waiting.getStyleClass().add("page-image-waiting");
        StackPane holder = new StackPane(waiting);
        holder.setAccessibleText(description);
        files.image(id, image -> {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setAccessibleText(description);
            holder.parentProperty().addListener((observable, old, parent) -> fit(view, parent, image.getWidth()));
            fit(view, holder.getParent(), image.getWidth());
            holder.getChildren().setAll(view);
        }, () -> waiting.setText(messages.text("attachments.missing", description)));
        return holder;
    }

    private static void fit(ImageView view, Parent parent, double width) {
        if (parent instanceof Region region) {
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.min(width, Math.max(40, region.getWidth() - 8)), region.widthProperty()));
        } else {
            view.setFitWidth(Math.min(width, 480));
        }
    }
}
