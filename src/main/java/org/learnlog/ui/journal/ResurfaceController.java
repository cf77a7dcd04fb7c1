package org.learnlog.ui.journal;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.learnlog.model.Resurfaced;
import org.learnlog.ui.Messages;
import org.learnlog.ui.editor.EditorModel;

/** Shows today's learnings due for another look: each opens in the editor, and is still useful, outdated, or made an aid. */
public final class ResurfaceController {
    @FXML
    private TitledPane resurface;
    @FXML
    private VBox rows;
    @FXML
    private ScrollPane scroll;

    private final ResurfaceModel model;
    private final EditorModel editor;
    private final AidMaking aids;
    private final Messages messages;

    public ResurfaceController(ResurfaceModel model, EditorModel editor, AidMaking aids, Messages messages) {
        this.model = model;
        this.editor = editor;
        this.aids = aids;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        resurface.visibleProperty().bind(model.shownProperty());
        resurface.managedProperty().bind(model.shownProperty());
        // At most about 2/5 of the list's column, so Today's own notes keep their place on a small window.
        resurface.parentProperty().addListener((observable, old, column) -> fitTo(column));
        fitTo(resurface.getParent());
        model.due().addListener((ListChangeListener<Resurfaced>) change -> show(model.due()));
        show(model.due());
    }

    private void fitTo(Parent column) {
        if (column instanceof Region region) {
            scroll.maxHeightProperty().bind(region.heightProperty().multiply(0.4));
        }
    }

    private void show(List<Resurfaced> due) {
        rows.getChildren().setAll(due.stream().map(this::row).toList());
    }

    private VBox row(Resurfaced one) {
        Hyperlink title = new Hyperlink(one.note().title());
        title.setAccessibleText(messages.text("resurface.open", one.note().title()));
        title.setOnAction(event -> editor.open(one.note().id()));
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label about = new Label(messages.text("resurface.about", String.join(", ", one.goals()),
                one.note().date().toString(), one.looks()));
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.getStyleClass().add("resurface-about");
        Button useful = button("resurface.useful", "resurface.useful.tip", one);
        useful.setOnAction(event -> model.stillUseful(one));
        Button outdated = button("resurface.outdated", "resurface.outdated.tip", one);
        outdated.setOnAction(event -> model.outdated(one));
        Button aid = button("resurface.makeAid", "resurface.makeAid.tip", one);
        // Making an aid of it is using it: it comes back later, as a still useful one does.
        aid.setOnAction(event -> editor.saveThen(() -> {
            aids.make(rows.getScene().getWindow(), List.of(one.note().id()));
            model.stillUseful(one);
        }));
        FlowPane answers = new FlowPane(6, 4, useful, outdated, aid);
        VBox row = new VBox(2, title, about, answers);
        row.getStyleClass().add("resurface-row");
        return row;
    }

    private Button button(String key, String tipKey, Resurfaced one) {
        Button button = new Button(messages.text(key));
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(messages.text(tipKey)));
        button.setAccessibleText(messages.text(key) + ": " + one.note().title());
        return button;
    }
}
