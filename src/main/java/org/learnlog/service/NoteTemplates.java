package org.learnlog.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.learnlog.model.NoteKind;

/**
 * The text a new note of each kind starts from: the user's {@code <data dir>/templates/notes/<kind>.md}
 * if there is one, else Learnlog's own. An insight, the kind most notes are, starts empty unless the
 * user gives it a template.
 */
public final class NoteTemplates {
    /** A template is a few lines; a larger file there is not one, and is passed over. */
    static final long MAX_BYTES = 64 * 1024;
    private static final String BUILT_IN = "/org/learnlog/markdown/templates/notes/";
    private final Path folder;

    /** {@code folder}: where the user's templates are; null for a journal without a folder (in memory). */
    public NoteTemplates(Path folder) {
        this.folder = folder;
    }

    /** Each kind's template, read now: the user's file, else Learnlog's own, else empty. */
    public Map<NoteKind, String> load() {
        Map<NoteKind, String> templates = new EnumMap<>(NoteKind.class);
        for (NoteKind kind : NoteKind.values()) {
            templates.put(kind, users(kind).orElseGet(() -> builtIn(kind)));
        }
        return templates;
    }

    private Optional<String> users(NoteKind kind) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = folder.resolve(kind.slug() + ".md");
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // Unreadable: the built-in template serves, as if there were no file.
        }
        return Optional.empty();
    }

    private static String builtIn(NoteKind kind) {
        try (InputStream in = NoteTemplates.class.getResourceAsStream(BUILT_IN + kind.slug() + ".md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
