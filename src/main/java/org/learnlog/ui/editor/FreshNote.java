package org.learnlog.ui.editor;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.service.NoteTemplates;
import org.learnlog.ui.Background;

/**
 * A new note starts from its kind's template, and picking another kind before anything is typed swaps
 * in that kind's. The swap is no edit: the note stays unchanged, so an untouched new note is never saved.
 * The templates are read off the FX thread, once.
 */
final class FreshNote {
    private final NoteFields fields;
    private final BooleanSupplier untouchedNew;
    private final Supplier<NoteDraft> draft;
    private final Runnable unchanged;
    private Map<NoteKind, String> templates = Map.of();

    /**
     * {@code untouchedNew}: whether the note on screen is new and settled (not half-filled);
     * {@code unchanged} takes the note on screen as the one there is nothing to save of.
     */
    FreshNote(NoteTemplates source, Background background, NoteFields fields, BooleanSupplier untouchedNew,
              Supplier<NoteDraft> draft, Runnable unchanged) {
        this.fields = fields;
        this.untouchedNew = untouchedNew;
        this.draft = draft;
        this.unchanged = unchanged;
        fields.kind().addListener((observable, old, kind) -> {
            if (old != null && kind != null && startsFrom(old)) {
                start(kind);
            }
        });
        background.read(source::load).onSuccess(loaded -> {
            templates = Map.copyOf(loaded);
            NoteDraft now = draft.get();
            if (startsFrom(now.kind()) && now.body().isEmpty()) {
                start(now.kind());
            }
        });
    }

    private void start(NoteKind kind) {
        fields.body().set(body(kind));
        unchanged.run();
    }

    /** The text a new note of {@code kind} starts with. */
    String body(NoteKind kind) {
        return templates.getOrDefault(kind, "");
    }

    /** Whether the note on screen is new, untitled, and holds nothing but {@code kind}'s template (or nothing). */
    private boolean startsFrom(NoteKind kind) {
        NoteDraft now = draft.get();
        return untouchedNew.getAsBoolean() && now.title().isBlank()
                && (now.body().isBlank() || now.body().equals(body(kind)));
    }
}
