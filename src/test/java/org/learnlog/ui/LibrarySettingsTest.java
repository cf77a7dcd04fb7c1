package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.cli.HttpGitServer;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Library screen's Libraries pane: a library is added from the form and removed with its button
 * after a question; a remote that refuses the token asks for a new one there, and the new one syncs.
 */
class LibrarySettingsTest {
    private static final String TOKEN = "glpat-s3cret-t0ken";
    @TempDir
    Path folder;

    private MainWindowFixture window;
    private FxRobot robot;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openJournal() {
        window = new MainWindowFixture(folder, folder.resolve("journal"));
        robot = window.robot;
        window.services.settings().setAuthor("Ben Example");
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aLibraryIsAddedFromTheFormAndRemovedWithItsButton() throws Exception {
        Path shared = Files.createDirectories(folder.resolve("shared"));
        window.show();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertTrue(pane().isExpanded(), "with no library yet, the form is open");

        robot.clickOn("#newName").write("team");
        robot.interact(() -> robot.lookup("#newLocation").queryTextInputControl().setText(shared.toString()));
        robot.clickOn("#addButton");

        assertEquals("Added the library team.", status());
        assertEquals("team", robot.lookup("#libraryChoice").queryComboBox().getValue());
        assertEquals("team: the shared folder " + shared, robot.lookup("#chosenInfo").queryLabeled().getText());

        robot.clickOn("#settingsPane .title").clickOn("#removeButton");
        robot.clickOn("#confirm-remove-library");

        assertEquals("Removed the library team; what you adopted from it stays in your journal.", status());
        assertTrue(window.services.libraries().all().isEmpty());
        assertTrue(Files.isDirectory(shared), "the team's shared folder is not touched");
        assertTrue(pane().isExpanded(), "the form is open again to add one");
    }

    @Test
    void aRefusedTokenIsAskedForAgainAndANewOneSyncs() throws Exception {
        try (HttpGitServer server = new HttpGitServer(folder.resolve("team.git"), TOKEN)) {
            Path old = Files.writeString(folder.resolve("old.token"), TOKEN + "\n");
            window.services.libraries().add("team", server.url(), Optional.of(old));
            Files.writeString(old, "expired\n");
            window.show();
            robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);

            robot.clickOn("#syncButton");

            assertEquals("team did not let you in: it wants a token, or the one it has is wrong or expired. "
                    + "Give a new one under Libraries.", status());
            assertTrue(pane().isExpanded() && robot.lookup("#tokenRow").query().isVisible(), "the token row is there");
            assertEquals(old.toString(), robot.lookup("#tokenFile").queryTextInputControl().getText());

            Path renewed = folder.resolve("keys/team.token");
            robot.clickOn("#token").write(TOKEN);
            robot.interact(() -> robot.lookup("#tokenFile").queryTextInputControl().setText(renewed.toString()));
            robot.clickOn("#useTokenButton");

            assertEquals("team let you in with the token, and is synced.", status());
            assertEquals(TOKEN + "\n", Files.readString(renewed));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(renewed)));
            assertEquals(Optional.of(renewed.toString()), window.services.libraries().find("team").tokenFile());
        }
    }

    @Test
    void addingALibraryThatWantsATokenSaysSoInTheForm() throws Exception {
        try (HttpGitServer server = new HttpGitServer(folder.resolve("team.git"), TOKEN)) {
            window.show();
            robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);

            robot.clickOn("#newName").write("team");
            robot.interact(() -> robot.lookup("#newLocation").queryTextInputControl().setText(server.url()));
            robot.clickOn("#addButton");

            assertEquals("This library wants a token: type it, and name a file to keep it in, readable by you alone.",
                    robot.lookup("#addProblem").queryLabeled().getText());
            assertTrue(window.services.libraries().all().isEmpty());
        }
    }

    private TitledPane pane() {
        return robot.lookup("#settingsPane").queryAs(TitledPane.class);
    }

    private String status() {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }
}
