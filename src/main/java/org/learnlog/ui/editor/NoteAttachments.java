package org.learnlog.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.learnlog.model.Attachment;
import org.learnlog.service.Attachments;
import org.learnlog.ui.Background;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.Messages;
import org.learnlog.ui.StatusLine;

/**
 * Files in the note being written: a file or an image pasted (Ctrl+V) or dropped on its text is kept
 * in the journal and a link to it written where the cursor is; the preview's images are read from the
 * journal (the last few kept decoded, as the preview draws again on each pause in typing), and a linked
 * file can be saved as a copy.
 */
public final class NoteAttachments {
    private static final int IMAGES_KEPT = 16;
    private static final DateTimeFormatter PASTED = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Attachments attachments;
    private final Background background;
    private final FolderPicker folders;
    private final StatusLine status;
    private final Messages messages;
    private final Map<String, Image> images = new LinkedHashMap<>(IMAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > IMAGES_KEPT;
        }
    };

    public NoteAttachments(Attachments attachments, Background background, FolderPicker folders, StatusLine status,
                           Messages messages) {
        this.attachments = attachments;
        this.background = background;
        this.folders = folders;
        this.status = status;
        this.messages = messages;
    }

    /** Pasting or dropping files (or a copied image) on {@code body} attaches them. */
    void install(TextArea body) {
        body.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean paste = event.isShortcutDown() && event.getCode() == KeyCode.V
                    || event.isShiftDown() && event.getCode() == KeyCode.INSERT;
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (paste && clipboard.hasFiles()) {
                event.consume();
                attach(body, clipboard.getFiles().stream().map(File::toPath).toList());
            } else if (paste && clipboard.hasImage() && !clipboard.hasString()) {
                event.consume();
                attach(body, clipboard.getImage());
            }
        });
        body.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        body.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                attach(body, event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    /** Keeps the files and writes their links at the cursor, one per line. */
    void attach(TextArea body, List<Path> files) {
        background.write(() -> files.stream().map(attachments::add).map(Attachment::markdown)
                .collect(Collectors.joining("\n")))
                .onSuccess(markdown -> insert(body, markdown))
                .onError(failure -> status.failed("attachments.action.add", failure));
    }

    private void attach(TextArea body, Image image) {
        String name = "pasted-" + LocalDateTime.now().format(PASTED) + ".png";
        background.write(() -> attachments.add(name, png(image)).markdown())
                .onSuccess(markdown -> insert(body, markdown))
                .onError(failure -> status.failed("attachments.action.add", failure));
    }

    private static void insert(TextArea body, String markdown) {
        int caret = body.getCaretPosition();
        String before = body.getText(0, caret);
        body.insertText(caret, (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + markdown + "\n");
    }

    /** The image of attachment {@code id}, read and decoded in the background; {@code shown} gets it on the FX thread. */
    void image(String id, Consumer<Image> shown, Runnable missing) {
        Image kept = images.get(id);
        if (kept != null) {
            shown.accept(kept);
            return;
        }
        background.read(() -> attachments.content(id).map(bytes -> new Image(new ByteArrayInputStream(bytes))))
                .onSuccess(image -> image.filter(decoded -> !decoded.isError()).ifPresentOrElse(decoded -> {
                    images.put(id, decoded);
                    shown.accept(decoded);
                }, missing))
                .onError(failure -> missing.run());
    }

    /** Asks for a folder and saves a copy of attachment {@code id} there, under its name, never over a file. */
    void saveCopy(String id, String name, Window owner) {
        folders.pick(owner, messages.text("attachments.saveTitle", name)).ifPresent(folder -> background.write(() ->
                attachments.saveCopy(id, folder.resolve(attachments.find(id).map(Attachment::name).orElse(name))))
                .onSuccess(saved -> status.report(messages.text("attachments.saved", saved.toString())))
                .onError(failure -> status.failed("attachments.action.save", failure)));
    }

    private static byte[] png(Image image) {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Can't make a PNG of the pasted image", e);
        }
    }
}
