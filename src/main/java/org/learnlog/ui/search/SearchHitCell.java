package org.learnlog.ui.search;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.learnlog.model.SearchHit;
import org.learnlog.model.Snippet;
import org.learnlog.ui.Messages;

/** A search result: the title and a snippet with the matches in bold, and the day, kind and tags. */
public final class SearchHitCell extends ListCell<SearchHit> {
    private final Messages messages;
    private final TextFlow title = new TextFlow();
    private final Label details = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, title, details, snippet);

    public SearchHitCell(Messages messages) {
        this.messages = messages;
        title.getStyleClass().add("hit-title");
        details.getStyleClass().add("note-details");
        snippet.getStyleClass().add("hit-snippet");
        setPrefWidth(0);
        // Set once and hidden when empty: setting the graphic for each hit re-laid the cell out.
        setGraphic(box);
        box.setVisible(false);
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            box.setVisible(false);
            fill(title, Snippet.plain(""));
            fill(snippet, Snippet.plain(""));
            details.setText(null);
            setAccessibleText(null);
            return;
        }
        fill(title, hit.title());
        String tags = hit.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" "));
        details.setText(hit.date() + " · " + messages.text("kind." + hit.kind().slug()) + (tags.isEmpty() ? "" : " · " + tags));
        fill(snippet, hit.snippet());
        snippet.setVisible(!hit.snippet().text().isEmpty());
        snippet.setManaged(snippet.isVisible());
        setAccessibleText(hit.title().text() + ", " + details.getText() + ". " + hit.snippet().text());
        box.setVisible(true);
    }

    /**
     * As tall as the result wraps to at this width: the label's skin asks its graphic for a height
     * without a width, which cut the last line of a long snippet under the next result.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        return insets.getTop() + box.prefHeight(width - insets.getLeft() - insets.getRight()) + insets.getBottom();
    }

    /**
     * Fills the flow with the text, plain and matched parts in turn. The parts' nodes are kept and
     * given new text, never replaced: each new node needed its styles worked out again, which made up
     * most of a keystroke's work on the FX thread while results changed.
     */
    private static void fill(TextFlow flow, Snippet text) {
        List<Node> parts = flow.getChildren();
        int count = 2 * text.matches().size() + 1;
        while (parts.size() < count) {
            Text part = new Text();
            part.getStyleClass().add(parts.size() % 2 == 0 ? "hit-text" : "hit-match");
            parts.add(part);
        }
        int at = 0;
        int index = 0;
        for (Snippet.Span span : text.matches()) {
            ((Text) parts.get(index++)).setText(text.text().substring(at, span.start()));
            ((Text) parts.get(index++)).setText(text.text().substring(span.start(), span.end()));
            at = span.end();
        }
        ((Text) parts.get(index++)).setText(text.text().substring(at));
        for (; index < parts.size(); index++) {
            ((Text) parts.get(index)).setText("");
        }
    }
}
