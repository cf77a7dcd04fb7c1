package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The date field as typed into: what it shows is what it holds, or it says it holds no date. */
class DateFieldTest {
    private final FxRobot robot = new FxRobot();
    private DateField field;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() {
        robot.interact(() -> {
            field = new DateField();
            field.show(LocalDate.of(2026, 12, 1));
            stage = new Stage();
            stage.setScene(new Scene(new VBox(field, new TextField("elsewhere")), 300, 120));
            stage.show();
        });
    }

    @AfterEach
    void hide() {
        robot.interact(stage::hide);
    }

    private void type(String text) {
        robot.clickOn(field.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    @Test
    void anIsoDateTypedIsTheValueAtOnceAndStaysAsTyped() {
        assertEquals("2026-12-01", field.getEditor().getText());

        type("2027-03-31");

        assertEquals(LocalDate.of(2027, 3, 31), field.getValue());
        assertTrue(field.isValid());
    }

    @Test
    void theLocalesShortFormIsReadAndShownAsIsoOnceTheFieldIsLeft() {
        type("31/03/2027");
        robot.clickOn("elsewhere");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(LocalDate.of(2027, 3, 31), field.getValue());
        assertEquals("2027-03-31", field.getEditor().getText());
    }

    @Test
    void textThatIsNotADateStaysOnScreenMarkedAndTheOldDateIsNotPassedOffAsIt() {
        type("next friday");
        robot.clickOn("elsewhere");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("next friday", field.getEditor().getText());
        assertFalse(field.isValid());
        assertTrue(field.getStyleClass().contains("invalid"));
        boolean[] committed = new boolean[1];
        robot.interact(() -> committed[0] = field.commit());
        assertFalse(committed[0]);

        robot.interact(() -> field.show(LocalDate.of(2026, 12, 1)));
        assertEquals("2026-12-01", field.getEditor().getText());
        assertTrue(field.isValid());
    }

    @Test
    void emptyIsAnErrorUnlessNoDateIsAllowed() {
        robot.clickOn(field.getEditor()).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        assertFalse(field.isValid());

        robot.interact(() -> field.setRequired(false));
        assertTrue(field.isValid());
        assertEquals(Optional.empty(), DateField.parse(" "));
    }
}
