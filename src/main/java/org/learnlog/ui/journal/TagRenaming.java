package org.learnlog.ui.journal;

import java.util.Optional;
import java.util.function.BiPredicate;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.Tags;
import org.learnlog.service.TagRenames;
import org.learnlog.ui.Background;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.StatusLine;

/**
 * Renaming a tag from the sidebar: asks for the new name, asks again before a merge into a tag that is
 * there, renames off the FX thread, and moves the list to the renamed tag if it showed the old one.
 */
public final class TagRenaming {
    private final TagRenames renames;
    private final Background background;
    private final JournalEvents events;
    private final StatusLine status;
    private final Navigation navigation;
    private final Messages messages;

    public TagRenaming(TagRenames renames, Background background, JournalEvents events, StatusLine status,
                Navigation navigation, Messages messages) {
        this.renames = renames;
        this.background = background;
        this.events = events;
        this.status = status;
        this.navigation = navigation;
        this.messages = messages;
    }

    /** Asks for {@code tag}'s new name; {@code confirmMerge} hears (from, to) when it would merge, and says whether to. */
    void ask(Window owner, String tag, BiPredicate<String, String> confirmMerge) {
        TextInputDialog dialog = new TextInputDialog(tag);
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("tags.renameTitle"));
        dialog.setHeaderText(messages.text("tags.renameHeader", tag));
        dialog.setContentText(messages.text("tags.renameLabel"));
        dialog.getEditor().setId("tagNewName");
        Optional<String> to = dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty() && !name.equals(tag));
        to.ifPresent(name -> background.read(() -> renames.merges(tag, name)).onSuccess(merges -> {
            if (!merges || confirmMerge.test(tag, name)) {
                rename(tag, name);
            }
        }).onError(failure -> status.failed("tags.rename.action", failure)));
    }

    private void rename(String from, String to) {
        boolean showing = navigation.place().equals(Place.notes(NoteFilter.tag(from)))
                || navigation.place().equals(Place.notes(NoteFilter.tag(Tags.key(from))));
        background.write(() -> renames.rename(from, to)).onSuccess(renamed -> {
            int count = renamed.notes().size();
            status.report(messages.text(renamed.merged() ? "tags.merged" : "tags.renamed", from, renamed.tag(), count));
            events.publish(new JournalEvents.NotesBack(renamed.notes()));
            if (showing) {
                navigation.go(Place.notes(NoteFilter.tag(renamed.tag())));
            }
        }).onError(failure -> status.failed("tags.rename.action", failure));
    }
}
