package org.learnlog.ui.library;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LibraryItem;
import org.learnlog.service.LibrarySharing;
import org.learnlog.service.SyncOutcome;
import org.learnlog.ui.Background;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;

/** What the user does with an item of the chosen library: adopt it, keep their own copy, say whether it helped. */
public final class LibraryItemActions {
    private final LibraryModel model;
    private final LibrarySharing sharing;
    private final Background background;
    private final JournalEvents events;
    private final Messages messages;

    LibraryItemActions(LibraryModel model, LibrarySharing sharing, Background background, JournalEvents events,
                       Messages messages) {
        this.model = model;
        this.sharing = sharing;
        this.background = background;
        this.events = events;
        this.messages = messages;
    }

    /** Copies the selected item into the journal (or takes its newer version), linked to {@code goal} if given. */
    public void adopt(LibraryEntry entry, Optional<String> goal) {
        String name = model.current().get();
        background.write(() -> sharing.adopt(name, entry.item().id().toString(), goal)).onSuccess(adopted -> {
            model.say(messages.text(adopted.replaced() ? "library.tookUpdate" : "library.adopted", adopted.item().title(),
                    adopted.item().version()));
            events.publish(adopted.item().aid() ? new JournalEvents.AidsChanged()
                    : new JournalEvents.NotesBack(List.of(adopted.item().id())));
            model.refresh();
        }).onError(failure -> model.failed("library.adopt.action", failure));
    }

    /** Publishes the journal's copy of a conflicting item again, which puts it in place of both versions. */
    public void publishMine(LibraryEntry entry) {
        String name = model.current().get();
        background.write(() -> sharing.publish(entry.item().id(), name)).onSuccess(published -> {
            model.say(messages.text("library.settled", published.item().title(), published.item().version()));
            model.refresh();
        }).onError(failure -> model.failed("library.publish.action", failure));
    }

    /**
     * Shows the version that differs from the journal's copy beside it, for {@code merge} to answer the
     * text to put in place (or nothing, cancelled), and publishes that text in place of both versions.
     */
    public void merge(LibraryEntry entry, BiFunction<LibraryItem, String, Optional<String>> merge) {
        String name = model.current().get();
        UUID id = entry.item().id();
        background.read(() -> sharing.journalText(id).orElse("")).onSuccess(mine -> {
            merge.apply(entry.otherThan(mine), mine).ifPresent(merged -> background.write(() -> sharing.publishMerged(id, name, merged))
                    .onSuccess(published -> {
                        model.say(messages.text("library.merged", published.item().title(), published.item().version()));
                        events.publish(published.item().aid() ? new JournalEvents.AidsChanged()
                                : new JournalEvents.NotesBack(List.of(id)));
                        model.refresh();
                    }).onError(failure -> model.failed("library.publish.action", failure)));
        }).onError(failure -> model.failed("library.load", failure));
    }

    public void keepOwn(LibraryEntry entry) {
        String name = model.current().get();
        background.write(() -> sharing.keepOwn(name, entry.item().id().toString())).onSuccess(item -> {
            model.say(messages.text("library.keptOwn", item.title()));
            model.refresh();
        }).onError(failure -> model.failed("library.keep.action", failure));
    }

    public void feedback(LibraryEntry entry, boolean used, boolean helped, String comment) {
        String name = model.current().get();
        background.write(() -> sharing.feedback(name, entry.item().id().toString(), used || helped, helped, comment))
                .onSuccess(outcome -> {
                    model.say(messages.text(outcome == SyncOutcome.WAITING ? "library.feedbackWaiting"
                            : "library.feedbackSent", entry.item().title()));
                    model.refresh();
                }).onError(failure -> model.failed("library.feedback.action", failure));
    }
}
