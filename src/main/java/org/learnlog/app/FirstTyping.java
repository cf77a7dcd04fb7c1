package org.learnlog.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.service.Drafts;
import org.learnlog.ui.journal.FirstFrame;

/**
 * What the user types into the first frame before the journal is open: taken by the main window
 * when it comes, or kept as a draft, which the next start offers back, if the app stops before (the
 * journal could not be opened, say). Beside an encrypted journal nothing is written in the clear.
 */
final class FirstTyping {
    private final FirstFrame frame;
    private boolean taken;
    private boolean locked;

    FirstTyping(FirstFrame frame) {
        this.frame = frame;
    }

    /**
     * What was typed, taken before the main window takes the stage over (the frame's fields then lose
     * the focus that says where the cursor was); nothing the second time.
     */
    FirstFrame.Typed take() {
        if (taken) {
            return FirstFrame.Typed.NOTHING;
        }
        taken = true;
        return frame.typed();
    }

    /** The journal is encrypted: its drafts are sealed with a key this frame never had. */
    void locked() {
        locked = true;
    }

    /** As the app stops: keeps the text as a draft, on {@code writer}, if no main window took it. */
    void keepIfLeft(Path dataDir, ExecutorService writer) {
        FirstFrame.Typed typed = frame.typed();
        if (taken || locked || typed.isEmpty()) {
            return;
        }
        taken = true;
        NoteDraft draft = new NoteDraft(UUID.randomUUID(), typed.title(), typed.body(), LocalDate.now(),
                NoteKind.INSIGHT, "", List.of(), List.of());
        writer.submit(() -> new Drafts(dataDir.resolve(JournalAssembly.DRAFTS), null, Clock.systemDefaultZone())
                .keep(draft));
    }
}
