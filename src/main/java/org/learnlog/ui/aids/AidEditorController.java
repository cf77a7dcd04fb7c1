package org.learnlog.ui.aids;

import java.util.List;
import java.util.UUID;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.learnlog.ui.DateField;
import org.learnlog.ui.FolderPicker;
import org.learnlog.service.AidFormat;
import org.learnlog.ui.Messages;
import org.learnlog.ui.ReplaceFiles;
import org.learnlog.ui.Windows;
import org.learnlog.ui.editor.MarkdownPreview;

/**
 * The aid editor window: template and title on top, the text with a Preview tab (drawn the first time
 * the tab is shown), and Save, Export and Copy below.
 */
public final class AidEditorController {
    @FXML
    private ChoiceBox<String> aidTemplate;
    @FXML
    private TextField aidTitle;
    @FXML
    private Label weekLabel;
    @FXML
    private DateField aidWeek;
    @FXML
    private TextArea aidBody;
    @FXML
    private Tab previewTab;
    @FXML
    private StackPane previewPane;
    @FXML
    private Label aidStatus;

    private final AidEditorModel model;
    private final List<String> templates;
    private final MarkdownPreview preview;
    private final FolderPicker folders;
    private final Windows windows;
    private final Messages messages;
    private final Publisher publisher;

    /** Publishes a saved aid to a team library the user picks. */
    @FunctionalInterface
    public interface Publisher {
        void publish(Window owner, UUID id, String title);
    }

    public AidEditorController(AidEditorModel model, List<String> templates, MarkdownPreview preview,
                               FolderPicker folders, Windows windows, Messages messages, Publisher publisher) {
        this.model = model;
        this.templates = templates;
        this.preview = preview;
        this.folders = folders;
        this.windows = windows;
        this.messages = messages;
        this.publisher = publisher;
    }

    @FXML
    private void initialize() {
        aidTemplate.getItems().setAll(templates);
        aidTemplate.valueProperty().bindBidirectional(model.templateProperty());
        aidTemplate.setOnAction(event -> model.remake());
        aidTitle.textProperty().bindBidirectional(model.titleProperty());
        aidWeek.valueProperty().bindBidirectional(model.weekProperty());
        aidWeek.setOnAction(event -> model.remake());
        for (Node node : List.of(aidWeek, weekLabel)) {
            node.visibleProperty().bind(model.templateProperty().isEqualTo("weekly-digest"));
            node.managedProperty().bind(node.visibleProperty());
        }
        aidBody.textProperty().bindBidirectional(model.bodyProperty());
        previewTab.setOnSelectionChanged(event -> {
            if (previewTab.isSelected() && previewPane.getChildren().isEmpty()) {
                preview.attach(previewPane, model.bodyProperty());
            }
        });
        aidStatus.textProperty().bind(model.status());
    }

    @FXML
    void save() {
        model.save();
    }

    @FXML
    void exportMarkdown() {
        export(AidFormat.MARKDOWN);
    }

    @FXML
    void exportHtml() {
        export(AidFormat.HTML);
    }

    @FXML
    void exportPdf() {
        export(AidFormat.PDF);
    }

    @FXML
    void copy() {
        model.copy();
    }

    @FXML
    void close() {
        window().hide();
    }

    @FXML
    void publish() {
        model.saveThen(saved -> publisher.publish(window(), saved.id(), saved.title()));
    }

    @FXML
    void delete() {
        if (windows.confirmCarefully(window(), messages.text("delete.one", model.titleProperty().get()),
                messages.text("aid.deleteDetail"), messages.text("delete.confirm"), "confirmAidDelete")) {
            model.delete(this::close);
        }
    }

    private void export(AidFormat format) {
        folders.pick(window(), messages.text("aid.exportChooser")).ifPresent(folder -> model.export(folder, format,
                files -> new ReplaceFiles(windows, messages).confirm(window(), files)));
    }

    private Window window() {
        return aidTitle.getScene().getWindow();
    }
}
