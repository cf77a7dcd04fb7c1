package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnlog.model.NoteDraft;
import org.testfx.util.WaitForAsyncUtils;

/** A file or an image pasted into a note is kept in the journal, linked at the cursor, and drawn in the preview. */
class AttachmentsUiTest extends WindowTest {
    private static final Pattern ATTACHED = Pattern.compile("!\\[([^\\]]+)\\]\\(attachment:([0-9a-f]{20})\\)");

    @Override
    void journal() {
        window.services.notes().save(NoteDraft.of("Architecture", "The services:"));
    }

    @BeforeEach
    void open() throws Exception {
        robot.clickOn("Architecture");
        robot.clickOn("#bodyArea").push(KeyCode.CONTROL, KeyCode.END);
    }

    @Test
    void aPastedFileIsAttachedAndItsImageDrawnInThePreview() throws Exception {
        WritableImage picture = new WritableImage(40, 20);
        picture.getPixelWriter().setColor(3, 3, Color.RED);
        Path file = folder.resolve("diagram.png");
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(picture, null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(file.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.push(KeyCode.CONTROL, KeyCode.V);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ATTACHED.matcher(body()).find());
        Matcher attached = ATTACHED.matcher(body());
        assertTrue(attached.find(), body());
        assertEquals("diagram.png", attached.group(1));
        assertTrue(body().startsWith("The services:\n!["), "on a line of its own: " + body());
        byte[] kept = window.services.notes().attachments().content(attached.group(2)).orElseThrow();
        assertEquals(Files.size(file), kept.length);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".page .image-view").tryQuery().isPresent());
        ImageView shown = robot.lookup(".page .image-view").queryAs(ImageView.class);
        assertEquals(40, shown.getImage().getWidth());
    }

    @Test
    void aCopiedImageIsAttachedAsAPngAndAFileLinkOffersACopy() throws Exception {
        WritableImage picture = new WritableImage(12, 7);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(picture);
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.push(KeyCode.CONTROL, KeyCode.V);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ATTACHED.matcher(body()).find());
        Matcher attached = ATTACHED.matcher(body());
        assertTrue(attached.find());
        assertTrue(attached.group(1).matches("pasted-.*\\.png"), attached.group(1));
        Image decoded = new Image(new ByteArrayInputStream(
                window.services.notes().attachments().content(attached.group(2)).orElseThrow()));
        assertEquals(12, decoded.getWidth());
        assertEquals(7, decoded.getHeight());

        String id = window.services.notes().attachments().add("notes.txt", "kept".getBytes()).id();
        robot.write("\n[notes.txt](attachment:" + id + ")");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".page-note-link").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".page-note-link").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("notes.txt")));
        assertEquals("kept", Files.readString(folder.resolve("notes.txt")));
    }

    private String body() {
        return robot.lookup("#bodyArea").queryTextInputControl().getText();
    }
}
