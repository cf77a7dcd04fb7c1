package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnlog.ui.settings.NewPassphraseController;
import org.learnlog.ui.settings.PassphraseController;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The start of an encrypted journal: the passphrase is typed unseen, and a wrong one is said above the field. */
class PassphraseDialogTest {
    private final FxRobot robot = new FxRobot();
    private final AtomicReference<Optional<String>> answer = new AtomicReference<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void thePassphraseTypedIsTheAnswerAndTheLastErrorIsShown() throws Exception {
        ask("That passphrase does not open this journal. Nothing was changed; try again.");

        assertTrue(robot.lookup("#openJournal").queryButton().isDisabled(), "an empty passphrase can't be sent");
        assertEquals("That passphrase does not open this journal. Nothing was changed; try again.",
                robot.lookup("#passphraseError").queryLabeled().getText());
        robot.clickOn("#passphraseField").write("two words and more");
        robot.clickOn("#openJournal");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);

        assertEquals(Optional.of("two words and more"), answer.get());
    }

    @Test
    void quittingGivesNoPassphrase() throws Exception {
        ask("");

        assertTrue(!robot.lookup("#passphraseError").queryLabeled().isVisible());
        robot.clickOn("Quit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);

        assertEquals(Optional.empty(), answer.get());
    }

    @Test
    void aNewPassphraseIsTypedTwiceAndOnlyTakenOnceTheWarningIsUnderstood() throws Exception {
        Messages messages = Messages.load();
        Platform.runLater(() -> answer.set(new Windows(messages).<String>dialog(View.NEW_PASSPHRASE,
                ControllerFactory.of(NewPassphraseController.class, () -> new NewPassphraseController(messages)), null,
                "Learnlog").showAndWait()));
        waitUntilShown("#confirmEncrypt");

        robot.clickOn("#newPassphrase").write("two words and more");
        robot.clickOn("#newPassphraseAgain").write("two words");
        assertTrue(robot.lookup("The two passphrases differ.").queryLabeled().isVisible());
        robot.write(" and more");
        assertTrue(robot.lookup("#confirmEncrypt").queryButton().isDisabled(), "not before the warning is understood");
        robot.clickOn("#understood");
        robot.clickOn("#confirmEncrypt");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);

        assertEquals(Optional.of("two words and more"), answer.get());
    }

    private void ask(String error) throws Exception {
        Messages messages = Messages.load();
        Platform.runLater(() -> answer.set(new Windows(messages).<String>dialog(View.PASSPHRASE,
                ControllerFactory.of(PassphraseController.class, () -> new PassphraseController("/home/me/journal", error,
                        messages)), null, "Learnlog").showAndWait()));
        waitUntilShown("#openJournal");
    }

    /** The dialog's nodes exist a moment before its window is on screen, where the robot can click them. */
    private void waitUntilShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
