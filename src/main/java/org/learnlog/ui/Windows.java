package org.learnlog.ui;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one way a window, a screen or a dialog is built: from its FXML ({@link View}) with the
 * controllers its feature wired, with the app's stylesheet, its icon, its owner, and Escape to close.
 */
public final class Windows {
    private static final String CSS = "/org/learnlog/ui/app.css";
    private static final String ICON = "/org/learnlog/app/icon.png";

    private final Messages messages;
    private final String css = resource(CSS).toExternalForm();

    public Windows(Messages messages) {
        this.messages = messages;
    }

    /** What loading a view made: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    /** Loads {@code view}, its controllers made by {@code controllers}. */
    public <C> Loaded<C> load(View view, ControllerFactory controllers) {
        FXMLLoader loader = new FXMLLoader(resource(view.path()), messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new IllegalStateException("Can't load " + view.path() + ": " + e.getMessage(), e);
        }
    }

    /** A scene of {@code root} with the app's stylesheet: the main window's. */
    public Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(css);
        return scene;
    }

    /** A scene of {@code root} at a fixed size with the app's stylesheet, to draw off screen. */
    public Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(css);
        return scene;
    }

    /** Dresses the stage JavaFX gave the app as the main window: its icon and title. */
    public void dress(Stage stage, String title) {
        stage.setTitle(title);
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().add(icon());
        }
    }

    /** A window and its controller. */
    public record Opened<C>(Stage stage, C controller) {
    }

    /** A window beside {@code owner} showing {@code view}; Escape closes it. The caller shows it. */
    public <C> Opened<C> window(View view, ControllerFactory controllers, Window owner, String title) {
        Loaded<C> loaded = load(view, controllers);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.getIcons().add(icon());
        Scene scene = scene(loaded.root());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                stage.close();
            }
        });
        stage.setScene(scene);
        return new Opened<>(stage, loaded.controller());
    }

    /**
     * A small window of {@code view}, which has no controller, in {@code given} (the stage JavaFX gave a
     * preloader) or, if that is null, in a stage of its own; not shown yet.
     */
    public Stage notice(View view, Stage given) {
        Stage stage = given != null ? given : new Stage();
        stage.setScene(scene(load(view, ControllerFactory.builder().build()).root()));
        stage.setTitle(messages.text("app.title"));
        stage.getIcons().add(icon());
        stage.setResizable(false);
        return stage;
    }

    /** A dialog whose pane is {@code view}'s FXML; its controller says what it answers. Escape cancels it. */
    public <R> Dialog<R> dialog(View view, ControllerFactory controllers, Window owner, String title) {
        Loaded<DialogController<R>> loaded = load(view, controllers);
        Dialog<R> dialog = new Dialog<>();
        dialog.setDialogPane((DialogPane) loaded.root());
        dialog.getDialogPane().getStylesheets().add(css);
        dialog.setTitle(title);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResultConverter(loaded.controller()::result);
        loaded.controller().opened(dialog);
        return dialog;
    }

    /** Asks a yes-or-no question; only the button {@code confirm} (with its {@code id}) says yes. */
    public boolean confirm(Window owner, String header, String detail, String confirm, String id) {
        ButtonType yes = new ButtonType(confirm, ButtonData.OK_DONE);
        return ask(owner, Alert.AlertType.CONFIRMATION, header, detail, List.of(yes, ButtonType.CANCEL), yes, id)
                .filter(yes::equals).isPresent();
    }

    /**
     * Asks with the buttons given; the one that is {@code marked} gets {@code id}. Empty if the window was
     * closed without a button.
     */
    public Optional<ButtonType> ask(Window owner, Alert.AlertType type, String header, String detail,
                                    List<ButtonType> buttons, ButtonType marked, String id) {
        Alert alert = alert(owner, type, header, detail, buttons);
        if (marked != null) {
            alert.getDialogPane().lookupButton(marked).setId(id);
        }
        return alert.showAndWait();
    }

    /** As {@link #confirm}, but Cancel is the default button: for a step that loses something. */
    public boolean confirmCarefully(Window owner, String header, String detail, String confirm, String id) {
        ButtonType yes = new ButtonType(confirm, ButtonData.OK_DONE);
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, header, detail, List.of(ButtonType.CANCEL, yes));
        alert.getDialogPane().lookupButton(yes).setId(id);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Says something that needs no answer; returns at once. */
    public Alert inform(Window owner, Alert.AlertType type, String header, String detail) {
        Alert alert = alert(owner, type, header, detail, List.of(ButtonType.OK));
        alert.show();
        return alert;
    }

    /** Says something that needs no answer, and waits for it to be read. */
    public void tell(Window owner, Alert.AlertType type, String header, String detail) {
        alert(owner, type, header, detail, List.of(ButtonType.OK)).showAndWait();
    }

    private Alert alert(Window owner, Alert.AlertType type, String header, String detail, List<ButtonType> buttons) {
        Alert alert = new Alert(type, detail, buttons.toArray(ButtonType[]::new));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().add(css);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }

    public static Image icon() {
        return new Image(resource(ICON).toExternalForm());
    }

    /** A resource on the classpath, failing at once with its path when it is missing. */
    public static URL resource(String path) {
        URL url = Windows.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return url;
    }
}
