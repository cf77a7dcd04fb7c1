package org.learnlog.ui.aids;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.Messages;
import org.learnlog.ui.ReplaceFiles;
import org.learnlog.ui.editor.MarkdownPreview;

/**
 * The aid editor window: template and title on top, the text with a Preview tab (drawn the first
 * time the tab is shown), and Save, Export and Copy below.
 */
public final class AidEditorView {
    private final AidEditorModel model;
    private final MarkdownPreview preview;
    private final FolderPicker folders;
    private final Messages messages;

    public AidEditorView(AidEditorModel model, MarkdownPreview preview, FolderPicker folders, Messages messages) {
        this.model = model;
        this.preview = preview;
        this.folders = folders;
        this.messages = messages;
    }

    public Stage show(Window owner, List<String> templates, String css) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.text("aid.window"));
        BorderPane root = new BorderPane(body(), header(templates), null, footer(stage), null);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 1000, 620);
        scene.getStylesheets().add(css);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private HBox header(List<String> templates) {
        ChoiceBox<String> template = new ChoiceBox<>();
        template.setId("aidTemplate");
        template.getItems().setAll(templates);
        template.valueProperty().bindBidirectional(model.templateProperty());
        template.setOnAction(event -> model.remake());
        TextField title = new TextField();
        title.setId("aidTitle");
        title.getStyleClass().add("title-field");
        title.textProperty().bindBidirectional(model.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        DatePicker week = new DatePicker();
        week.setId("aidWeek");
        week.setPromptText(messages.text("aid.thisWeek"));
        week.valueProperty().bindBidirectional(model.weekProperty());
        week.setOnAction(event -> model.remake());
        Label weekLabel = new Label(messages.text("aid.week"));
        for (var node : List.of(week, weekLabel)) {
            node.visibleProperty().bind(model.templateProperty().isEqualTo("weekly-digest"));
            node.managedProperty().bind(node.visibleProperty());
        }
        HBox header = new HBox(8, new Label(messages.text("aid.template")), template, weekLabel, week, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        return header;
    }

    private TabPane body() {
        TextArea text = new TextArea();
        text.setId("aidBody");
        text.setWrapText(true);
        text.getStyleClass().add("body-area");
        text.textProperty().bindBidirectional(model.bodyProperty());
        StackPane previewPane = new StackPane();
        Tab write = new Tab(messages.text("aid.write"), text);
        Tab show = new Tab(messages.text("aid.preview"), previewPane);
        show.setOnSelectionChanged(event -> {
            if (show.isSelected() && previewPane.getChildren().isEmpty()) {
                preview.attach(previewPane, model.bodyProperty());
            }
        });
        TabPane tabs = new TabPane(write, show);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private HBox footer(Stage stage) {
        Label status = new Label();
        status.setId("aidStatus");
        status.textProperty().bind(model.status());
        status.setMinWidth(0);
        Button save = button("aidSave", "aid.save", model::save);
        save.setDefaultButton(true);
        Button markdown = button("aidExportMarkdown", "aid.exportMarkdown",
                () -> folders.pick(stage, messages.text("aid.exportChooser")).ifPresent(f -> model.export(f, false,
                        files -> new ReplaceFiles(messages).confirm(stage, files))));
        Button html = button("aidExportHtml", "aid.exportHtml",
                () -> folders.pick(stage, messages.text("aid.exportChooser")).ifPresent(f -> model.export(f, true,
                        files -> new ReplaceFiles(messages).confirm(stage, files))));
        Button copy = button("aidCopy", "toolbar.copy", model::copy);
        Button close = button("aidClose", "aid.close", stage::close);
        Button delete = button("aidDelete", "toolbar.delete", () -> {
            if (confirmDelete(stage)) {
                model.delete(stage::close);
            }
        });
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, status, gap, delete, copy, markdown, html, save, close);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(8, 0, 0, 0));
        return footer;
    }

    private boolean confirmDelete(Stage owner) {
        ButtonType delete = new ButtonType(messages.text("delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("aid.deleteDetail"), delete, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(messages.text("delete.one", model.titleProperty().get()));
        alert.getDialogPane().lookupButton(delete).setId("confirmAidDelete");
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.text(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
