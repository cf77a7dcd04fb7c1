package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.service.JournalServices;
import org.learnlog.store.Database;
import org.learnlog.ui.library.MergeDialogController;
import org.learnlog.ui.settings.PassphraseController;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view of {@link View}, opened as a user opens it, with the main window at 1024×640, in the light
 * and the dark theme: no label, button or message is cut short ("…"), no button lies outside its window,
 * and every control the keyboard reaches has a name a screen reader can say (its text, prompt, accessible
 * text, or a label for it). A view added to {@code View} without a way to open it here fails the test.
 */
class ScreensFitTest {
    private static final double WIDTH = 1024;
    private static final double HEIGHT = 640;
    /** What must stay on screen in the main window however small it is: search, the status bar, New note. */
    private static final List<String> MAIN_ACTIONS = List.of("#searchField", "#statusLabel", "#newNoteButton");
    /** Views shown inside the main window rather than in a window of their own. */
    private static final Set<View> IN_MAIN = EnumSet.of(View.MAIN_WINDOW, View.GOALS, View.GOAL_DETAIL, View.REVIEW,
            View.LIBRARY);

    @TempDir
    static Path picked;

    private MainWindowFixture window;
    private FxRobot robot;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open(TestInfo test) throws Exception {
        // The German words are longer: every screen must hold them too.
        Locale.setDefault(Locale.Category.DISPLAY, test.getDisplayName().contains("German") ? Locale.GERMAN : Locale.ENGLISH);
        window = new MainWindowFixture(picked);
        robot = window.robot;
        var goal = window.services.goals().create(new GoalDraft("Review speed", "Unblock teammates sooner",
                "median PR review turnaround", "h", Direction.LOWER_IS_BETTER, 20, 10,
                LocalDate.of(2027, 3, 31), Cadence.WEEKLY));
        var note = window.services.notes().save(NoteDraft.of("Small PRs get faster reviews", "Split by concern.")
                .withTags(List.of("git")).withGoals(List.of(goal.slug())));
        Path shared = Files.createTempDirectory(picked, "shared");
        window.services.libraries().add("team", shared.toString());
        window.services.sharing().publish(note.id(), "team");
        // A teammate's version and this one, published at once: the Library's longest state, a conflict.
        try (JournalServices ana = JournalAssembly.over(Database.inMemory(), Clock.systemUTC(), null)) {
            ana.libraries().add("team", shared.toString());
            ana.sharing().adopt("team", note.id().toString(), Optional.empty());
            ana.notes().save(new NoteDraft(note.id(), note.title(), "Split by concern, one per PR.", note.date(), note.kind(),
                    "", note.tags(), List.of()));
            ana.sharing().publish(note.id(), "team");
        }
        window.services.notes().save(new NoteDraft(note.id(), note.title(), "Split by concern, and say why.", note.date(),
                note.kind(), "", note.tags(), note.goals()));
        window.services.sharing().publish(note.id(), "team");
        window.services.tracking().checkIn(goal.slug(), 16, null, "smaller PRs", List.of());
        // Learnings old enough to come back on Today, with titles long enough to wrap.
        for (int i = 1; i <= 3; i++) {
            window.services.notes().save(new NoteDraft(null, "Reviewers answer faster when the description says what "
                    + "to look at first " + i, "", LocalDate.of(2026, 11, 1), NoteKind.INSIGHT, "", List.of(),
                    List.of(goal.slug())));
        }
        window.show();
        robot.interact(() -> {
            Stage stage = window.mainWindowStage();
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> Theme.apply(false));
        window.close();
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
    }

    @Test
    void everyScreenFitsInTheLightTheme() throws Exception {
        everyScreenFits(false);
    }

    /** In German too: its words are longer, so a screen that fits them fits English in the dark theme as well. */
    @Test
    void everyScreenFitsInTheDarkThemeInGerman() throws Exception {
        everyScreenFits(true);
    }

    @Test
    void theCheckSeesALabelCutShortAndAButtonOffTheWindow() throws Exception {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            Label label = new Label("A label far too long for its place");
            label.setMaxWidth(60);
            Button button = new Button("Away");
            button.setManaged(false);
            button.relocate(500, 10);
            button.resize(80, 30);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new VBox(label, button), 200, 100));
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        check("probe", stage[0].getScene());
        robot.interact(stage[0]::hide);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("probe: \"A label far too long for its place\" is shown as \"A lab"),
                problems.get(0));
        assertEquals("probe: the button \"Away\" (null) is outside the window", problems.get(1));
    }

    private void everyScreenFits(boolean dark) throws Exception {
        robot.interact(() -> Theme.apply(dark));
        Map<View, Runnable> openers = openers();
        for (View view : View.values()) {
            Runnable opener = openers.get(view);
            if (opener == null) {
                fail(view + " has no way to be opened in ScreensFitTest: add one, so the new screen is checked too");
            }
            List<Window> before = List.copyOf(Window.getWindows());
            opener.run();
            WaitForAsyncUtils.waitForFxEvents();
            Window shown = IN_MAIN.contains(view) ? main() : newWindow(before, view);
            String screen = view + (dark ? " (dark)" : " (light)");
            check(screen, shown.getScene());
            if (IN_MAIN.contains(view)) {
                MAIN_ACTIONS.forEach(id -> reachable(screen, shown.getScene(), id));
            }
            if (view == View.MAIN_WINDOW) {
                reachable(screen, shown.getScene(), "#saveButton");
            }
            if (!IN_MAIN.contains(view)) {
                robot.interact(() -> dismiss(shown));
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        // Back on the notes, with every other screen built: none of them may crowd it now.
        openers.get(View.MAIN_WINDOW).run();
        WaitForAsyncUtils.waitForFxEvents();
        String again = "MAIN_WINDOW after the others" + (dark ? " (dark)" : " (light)");
        check(again, main().getScene());
        MAIN_ACTIONS.forEach(id -> reachable(again, main().getScene(), id));
        reachable(again, main().getScene(), "#saveButton");
        robot.clickOn(window.sidebarRow(Messages.load().text("sidebar.today")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main().getScene().lookup("#resurface").isVisible());
        check("Today with learnings to look at again" + (dark ? " (dark)" : " (light)"), main().getScene());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals(List.of(), problems);
    }

    /** How a user gets to each view; the notes screen is where each starts from. */
    private Map<View, Runnable> openers() {
        Map<View, Runnable> openers = new EnumMap<>(View.class);
        openers.put(View.MAIN_WINDOW, () -> robot.push(KeyCode.CONTROL, KeyCode.DIGIT2));
        openers.put(View.GOALS, () -> robot.push(KeyCode.CONTROL, KeyCode.DIGIT4));
        openers.put(View.GOAL_DETAIL, () -> robot.clickOn(window.sidebarRow("Review speed")));
        openers.put(View.REVIEW, () -> robot.push(KeyCode.CONTROL, KeyCode.DIGIT3));
        // With the item chosen, in conflict: its marks, the diff, three choices and feedback are on screen too.
        openers.put(View.LIBRARY, () -> {
            robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(robot.lookup("#items .list-cell").nth(0).queryAs(Node.class));
        });
        // With every problem said under its field, the longest state the dialog has.
        openers.put(View.GOAL_DIALOG, () -> robot.push(KeyCode.CONTROL, KeyCode.G).clickOn("#goalBaseline").write("x")
                .clickOn("#createGoal"));
        openers.put(View.CHECK_IN_DIALOG, () -> {
            robot.clickOn(window.sidebarRow("Review speed"));
            robot.clickOn("#checkInButton");
        });
        openers.put(View.AID_EDITOR, () -> {
            notes();
            robot.clickOn("Small PRs get faster reviews").push(KeyCode.CONTROL, KeyCode.M);
        });
        openers.put(View.HISTORY, () -> {
            notes();
            robot.clickOn("Small PRs get faster reviews").push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        });
        openers.put(View.TRASH, () -> robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T));
        openers.put(View.BACKUPS, () -> robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B));
        openers.put(View.PREFERENCES, () -> robot.push(KeyCode.CONTROL, KeyCode.COMMA));
        Messages words = Messages.load();
        openers.put(View.NEW_PASSPHRASE, () -> robot.clickOn(words.text("menu.file")).clickOn(words.text("menu.encrypt")));
        Windows windows = new Windows(words);
        openers.put(View.PASSPHRASE, () -> robot.interact(() -> windows.<String>dialog(View.PASSPHRASE,
                ControllerFactory.of(PassphraseController.class, () -> new PassphraseController(
                        "/home/someone/.local/share/learnlog", "", Messages.load())), main(), "Learnlog").show()));
        openers.put(View.MERGE_DIALOG, () -> robot.interact(() -> windows.<String>dialog(View.MERGE_DIALOG,
                ControllerFactory.of(MergeDialogController.class, () -> new MergeDialogController(
                        window.services.libraries().look("team").entries().get(0).item(), "Split by concern, and say why.",
                        Messages.load())), main(), "Learnlog").show()));
        openers.put(View.OPENING, () -> robot.interact(() -> windows.notice(View.OPENING, null).show()));
        return openers;
    }

    /** Closes a dialog as Cancel does, so its caller goes on; any other window is hidden. */
    private static void dismiss(Window shown) {
        if (shown.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                if (type.getButtonData().isCancelButton() || pane.getButtonTypes().size() == 1) {
                    ((ButtonBase) pane.lookupButton(type)).fire();
                    return;
                }
            }
        }
        shown.hide();
    }

    private void notes() {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window main() {
        return window.mainWindowStage();
    }

    private Window newWindow(List<Window> before, View view) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                    .anyMatch(w -> w.isShowing() && !before.contains(w)));
        } catch (TimeoutException e) {
            throw new AssertionError(view + " did not open a window", e);
        }
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).findFirst()
                .orElseThrow(() -> new AssertionError(view + " did not open a window"));
    }

    private void reachable(String screen, Scene scene, String id) {
        Node node = scene.lookup(id);
        if (node == null) {
            problems.add(screen + ": " + id + " is missing");
            return;
        }
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                problems.add(screen + ": " + id + " is hidden");
                return;
            }
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1) {
            problems.add(screen + ": " + id + " is outside the window, at " + bounds);
        }
    }

    /** Notes every label cut short, every button outside {@code scene}'s window, and every control without a name. */
    private void check(String screen, Scene scene) {
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        visit(scene.getRoot(), scene, screen);
    }

    private void visit(Node node, Scene scene, String screen) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
            // The skin's own text node, not a graphic that happens to be text (an icon).
            String shown = labeled.getChildrenUnmodifiable().stream()
                    .filter(child -> child.getClass().getSimpleName().equals("LabeledText"))
                    .map(text -> ((Text) text).getText()).findFirst().orElse(labeled.getText());
            if (!shown.equals(labeled.getText())) {
                problems.add(screen + ": \"" + labeled.getText() + "\" is shown as \"" + shown + "\"");
            }
        }
        if (node instanceof Pane region && region.isManaged() && !scrolls(region) && !inControl(region)
                && region.getHeight() + 1 < region.minHeight(region.getWidth())) {
            problems.add(screen + ": " + describe(region) + " is squeezed to " + Math.round(region.getHeight())
                    + " px, below the " + Math.round(region.minHeight(region.getWidth())) + " px it needs");
        }
        if (node instanceof ButtonBase button && !scrolls(button)) {
            Bounds bounds = button.localToScene(button.getBoundsInLocal());
            if (bounds.getMinX() < -1 || bounds.getMinY() < -1 || bounds.getMaxX() > scene.getWidth() + 1
                    || bounds.getMaxY() > scene.getHeight() + 1) {
                problems.add(screen + ": the button \"" + button.getText() + "\" (" + button.getId()
                        + ") is outside the window");
            }
        }
        if (node instanceof javafx.scene.control.Control control && control.isFocusTraversable() && !inControl(control)
                && !named(control, scene)) {
            problems.add(screen + ": a " + control.getClass().getSimpleName() + " (" + control.getId()
                    + ") has no name a screen reader can say");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, scene, screen));
        }
    }

    /** Its accessible text, its own text, its prompt, or a label that says it labels it. */
    private static boolean named(javafx.scene.control.Control control, Scene scene) {
        if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()
                || control instanceof Labeled labeled && !labeled.getText().isBlank()
                || control instanceof javafx.scene.control.TextInputControl input && input.getPromptText() != null
                        && !input.getPromptText().isBlank()
                || control instanceof javafx.scene.control.ComboBoxBase<?> box && box.getPromptText() != null
                        && !box.getPromptText().isBlank()) {
            return true;
        }
        return scene.getRoot().lookupAll(".label").stream()
                .anyMatch(label -> label instanceof Label named && named.getLabelFor() == control);
    }

    private static String describe(Region region) {
        String name = region.getId() != null ? "#" + region.getId() : region.getClass().getSimpleName();
        return region.getStyleClass().isEmpty() ? name : name + " ." + String.join(".", region.getStyleClass());
    }

    /** Whether {@code node} is part of a control's own skin, which sizes its parts itself. */
    private static boolean inControl(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.Control) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} sits in something that scrolls or folds its buttons away, so it can be reached. */
    private static boolean scrolls(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane || up instanceof ToolBar) {
                return true;
            }
        }
        return false;
    }
}
