package org.learnlog.ui.editor;

import javafx.scene.Node;
import org.learnlog.model.NoteLink;

/** What the links and images of the editor's preview do; a preview without them shows their words. */
public interface PageActions {

    /** Opens the note a link goes to; {@code words} are the link's. */
    void follow(NoteLink link, String words);

    /** A node showing attachment {@code id}'s image, drawn once it is read; {@code description} until then. */
    Node image(String id, String description);

    /** Offers to save a copy of attachment {@code id}, a file the note links. */
    void open(String id, String name);
}
