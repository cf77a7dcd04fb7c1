package org.learnlog.ui.editor;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.learnlog.model.NoteLink;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.Notes;
import org.learnlog.ui.Background;
import org.learnlog.ui.Dates;
import org.learnlog.ui.Messages;

/**
 * Typing {@code [[} in the body offers the notes whose title holds what follows it; Enter, Tab or a
 * click writes a link to the one chosen, by its id, reading its title. Up and Down choose, Escape
 * keeps the text as typed (a {@code [[title]]} that names no note yet). The list never takes the
 * keyboard from the body, so typing goes on narrowing it.
 */
final class LinkCompletion {
    private static final Pattern OPEN = Pattern.compile("\\[\\[([^\\[\\]\\n]{0,80})$");
    private static final double ROW = 30;

    private final TextArea area;
    private final Notes notes;
    private final EditorModel editor;
    private final Background background;
    private final ListView<NoteSummary> list = new ListView<>();
    private final Popup popup = new Popup();
    private long generation;
    /** Where the {@code [[} being completed starts. */
    private int start = -1;

    LinkCompletion(TextArea area, Notes notes, EditorModel editor, Background background, Messages messages) {
        this.area = area;
        this.notes = notes;
        this.editor = editor;
        this.background = background;
        list.setId("linkSuggestions");
        list.setAccessibleText(messages.text("links.suggestions"));
        list.setPrefWidth(420);
        list.setFixedCellSize(ROW);
        list.getStyleClass().add("link-suggestions");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(NoteSummary note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null
                        : messages.text("links.suggestion", note.title(), Dates.DAY.format(note.date())));
            }
        });
        list.setOnMouseClicked(event -> pick());
        popup.getContent().add(list);
        popup.setAutoHide(true);
    }

    void install() {
        area.caretPositionProperty().addListener((observable, old, now) -> update());
        area.focusedProperty().addListener((observable, old, focused) -> {
            if (!focused && !list.isFocused()) {
                hide();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void update() {
        int caret = area.getCaretPosition();
        String text = area.getText();
        String line = text.substring(text.lastIndexOf('\n', Math.max(0, caret - 1)) + 1, caret);
        Matcher open = OPEN.matcher(line);
        if (!area.isFocused() || !open.find()) {
            hide();
            return;
        }
        start = caret - open.group().length();
        String typed = open.group(1);
        long mine = ++generation;
        UUID self = editor.editing().get();
        background.read(() -> notes.links().suggest(typed, self)).onSuccess(found -> {
            if (mine == generation) {
                show(found);
            }
        });
    }

    private void show(List<NoteSummary> found) {
        if (found.isEmpty() || area.getScene() == null) {
            hide();
            return;
        }
        list.getItems().setAll(found);
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(found.size() * ROW + 4);
        // Below the line typed on, inside the window: left of its right edge, above the line near its bottom.
        Bounds at = caretOnScreen();
        Window window = area.getScene().getWindow();
        double x = Math.max(window.getX(), Math.min(at.getMinX(), window.getX() + window.getWidth() - list.getPrefWidth() - 8));
        double y = at.getMaxY() + list.getPrefHeight() > window.getY() + window.getHeight()
                ? at.getMinY() - list.getPrefHeight() : at.getMaxY();
        if (popup.isShowing()) {
            popup.setX(x);
            popup.setY(y);
        } else {
            popup.show(area, x, y);
        }
    }

    private Bounds caretOnScreen() {
        if (area.getSkin() instanceof TextAreaSkin skin) {
            Rectangle2D character = skin.getCharacterBounds(Math.max(0, start));
            Bounds local = new BoundingBox(character.getMinX(), character.getMinY(), character.getWidth(),
                    character.getHeight());
            return area.localToScreen(local);
        }
        return area.localToScreen(area.getBoundsInLocal());
    }

    private void keys(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        switch (event.getCode()) {
            case DOWN -> list.getSelectionModel().selectNext();
            case UP -> list.getSelectionModel().selectPrevious();
            case ENTER, TAB -> pick();
            case ESCAPE -> hide();
            default -> {
                return;
            }
        }
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        event.consume();
    }

    private void pick() {
        NoteSummary note = list.getSelectionModel().getSelectedItem();
        int caret = area.getCaretPosition();
        if (note == null || start < 0 || start > caret) {
            hide();
            return;
        }
        int from = start;
        int end = area.getText().startsWith("]]", caret) ? caret + 2 : caret;
        hide();
        area.replaceText(from, end, NoteLink.markdown(note.title(), note.id()));
    }

    private void hide() {
        generation++;
        start = -1;
        popup.hide();
    }
}
