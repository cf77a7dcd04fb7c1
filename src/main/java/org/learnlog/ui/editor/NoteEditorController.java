package org.learnlog.ui.editor;

import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.learnlog.model.Goal;
import org.learnlog.model.NoteKind;
import org.learnlog.model.TagCount;
import org.learnlog.ui.DateField;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TabMovesOn;

/** Binds the editor's fields to the {@link EditorModel}, saves them unasked, and shows the body's preview. */
public final class NoteEditorController {
    @FXML
    private VBox editorRoot;
    @FXML
    private TextField titleField;
    @FXML
    private ComboBox<NoteKind> kindBox;
    @FXML
    private DateField datePicker;
    @FXML
    private TextArea contextField;
    @FXML
    private TextField tagsField;
    @FXML
    private CheckComboBox<Goal> goalsBox;
    @FXML
    private TextArea bodyArea;
    @FXML
    private StackPane previewPane;
    @FXML
    private Label editorStatus;
    @FXML
    private Button saveButton;

    private final EditorModel model;
    private final ObservableList<Goal> goals;
    private final ObservableList<TagCount> tags;
    private final MarkdownPreview preview;
    private final EditorPage page;
    private final Messages messages;

    /** {@code goals} to link and {@code tags} to suggest are the sidebar's, kept current. */
    public NoteEditorController(EditorModel model, ObservableList<Goal> goals, ObservableList<TagCount> tags,
                                MarkdownPreview preview, EditorPage page, Messages messages) {
        this.model = model;
        this.goals = goals;
        this.tags = tags;
        this.preview = preview;
        this.page = page;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        NoteFields fields = model.fields();
        titleField.textProperty().bindBidirectional(fields.title());
        bodyArea.textProperty().bindBidirectional(fields.body());
        contextField.textProperty().bindBidirectional(fields.context());
        TabMovesOn.install(contextField);
        tagsField.textProperty().bindBidirectional(fields.tags());
        datePicker.valueProperty().bindBidirectional(fields.date());
        fields.dateValid().bind(datePicker.validProperty());
        kindBox.getItems().setAll(NoteKind.values());
        kindBox.setConverter(new KindNames(messages));
        kindBox.valueProperty().bindBidirectional(fields.kind());
        editorStatus.textProperty().bind(model.status());
        saveButton.disableProperty().bind(model.savingProperty());
        new GoalChecks(goalsBox, goals, fields.goals(), messages.text("editor.noGoals")).bind();
        new TagSuggestions(tagsField, tags).bind();
        model.matches().addListener((observable, old, words) -> markFirst(words));
        new Autosave(model).install(editorRoot);
        page.install(bodyArea);
        preview.attach(previewPane, fields.body(), page.backlinks(), page);
        model.onFocusTitle(titleField::requestFocus);
    }

    /** Selects the first place a search's word occurs, in the body or else the title, so the eye finds it. */
    private void markFirst(List<String> words) {
        for (TextInputControl field : List.<TextInputControl>of(bodyArea, titleField)) {
            String text = field.getText().toLowerCase(Locale.ROOT);
            int best = -1;
            int length = 0;
            for (String word : words) {
                int at = text.indexOf(word.toLowerCase(Locale.ROOT));
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    length = word.length();
                }
            }
            if (best >= 0) {
                field.selectRange(best, best + length);
                return;
            }
        }
    }

    @FXML
    private void save() {
        model.save();
    }

    private static final class KindNames extends StringConverter<NoteKind> {
        private final Messages messages;

        KindNames(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String toString(NoteKind kind) {
            return kind == null ? "" : messages.text("kind." + kind.slug());
        }

        @Override
        public NoteKind fromString(String text) {
            return NoteKind.fromSlug(text).orElse(NoteKind.INSIGHT);
        }
    }
}
