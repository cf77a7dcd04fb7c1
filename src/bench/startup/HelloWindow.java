import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: the smallest JavaFX window, started the way Learnlog is, from a main
 * class that does not extend Application (the classpath launcher refuses one that does).
 */
public final class HelloWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("HelloWindow");
            stage.setScene(new Scene(new Label("Hello"), 320, 200));
            // The same probe as Learnlog's: JVM uptime once the window is shown and has had a pulse.
            stage.setOnShown(event -> Platform.runLater(() -> {
                System.out.println("first-window-ms " + ManagementFactory.getRuntimeMXBean().getUptime());
                Platform.exit();
            }));
            stage.show();
        }
    }
}
