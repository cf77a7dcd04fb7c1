package org.learnlog.service;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.learnlog.model.Attachment;
import org.learnlog.store.AttachmentRepository;
import org.learnlog.store.NoteRepository;

/**
 * Files attached to notes: a pasted or dropped image or any other file up to {@link Attachment#MAX_BYTES},
 * kept in the journal by its content. Nothing is ever fetched: only files the user gives.
 */
public final class Attachments {
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "bmp", "image/bmp", "pdf", "application/pdf",
            "txt", "text/plain", "md", "text/markdown", "svg", "image/svg+xml", "webp", "image/webp");

    private final AttachmentRepository files;
    private final Clock clock;

    Attachments(NoteRepository notes, Clock clock) {
        this.files = new AttachmentRepository(notes);
        this.clock = clock;
    }

    /** Attaches the file at {@code file}; a file too big or unreadable is refused with why. */
    public Attachment add(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(file.getFileName() + " is not a file; only files can be attached.");
            }
            tooBig(file.getFileName().toString(), Files.size(file));
            return add(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidInputException("Can't read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Attaches {@code content} under the name {@code name} (a pasted image gets one made up). */
    public Attachment add(String name, byte[] content) {
        tooBig(name, content.length);
        String id = id(content);
        String clean = name.isBlank() ? "attachment" : name.strip().replaceAll("[\\\\/\\p{Cntrl}]", "-");
        return files.save(new Attachment(id, clean.length() > 200 ? clean.substring(0, 200) : clean, type(clean),
                content.length, clock.instant().truncatedTo(ChronoUnit.MILLIS)), content);
    }

    public Optional<Attachment> find(String id) {
        return files.find(id);
    }

    public Optional<byte[]> content(String id) {
        return files.content(id);
    }

    /** Writes a copy of attachment {@code id} to {@code target}, never over a file that is there. */
    public Path saveCopy(String id, Path target) {
        byte[] content = files.content(id).orElseThrow(() -> new NotFoundException("The journal has no attachment " + id
                + "; the note refers to a file that was never kept."));
        try {
            return Files.write(target, content, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new FileExistsException(List.of(target));
        } catch (IOException e) {
            throw new FileWriteException("Can't write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The id a file of this content has: the start of its SHA-256, in hex. */
    static String id(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java always has SHA-256", e);
        }
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void tooBig(String name, long size) {
        if (size > Attachment.MAX_BYTES) {
            throw new InvalidInputException(name + " is " + size / (1024 * 1024) + " MB; a note can carry files of up to "
                    + Attachment.MAX_BYTES / (1024 * 1024) + " MB.");
        }
    }
}
