package org.learnlog.ui.library;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnlog.model.TeamLibrary;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.Libraries;
import org.learnlog.store.library.LibraryUnreachableException;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;

/**
 * Adding a library, giving one a new token, and removing one, off the FX thread. What the form shows
 * about the chosen library, and which library last refused the user's token, live here too.
 */
public final class LibraryAdmin {
    private final LibraryModel model;
    private final Libraries libraries;
    private final Background background;
    private final Messages messages;
    private final ObjectProperty<TeamLibrary> chosen = new SimpleObjectProperty<>();
    private final StringProperty refused = new SimpleStringProperty();

    LibraryAdmin(LibraryModel model, Libraries libraries, Background background, Messages messages) {
        this.model = model;
        this.libraries = libraries;
        this.background = background;
        this.messages = messages;
        model.current().addListener((observable, old, name) -> read(name));
    }

    /** An HTTPS remote's token as a form has it: typed now (to keep in {@code file}), or already in {@code file}. */
    public record Token(String typed, String file) {
        public Token {
            typed = typed == null ? "" : typed;
            file = file == null ? "" : file;
        }

        Optional<Path> path() {
            return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file.strip()));
        }
    }

    /** Adds a library and shows it; {@code done} hears what went wrong, if anything. */
    public void add(String name, String location, Token token, Consumer<Optional<String>> done) {
        model.busy().set(true);
        background.read(() -> {
            keep(token);
            return libraries.add(name.strip(), location.strip(), token.path());
        }).onSuccess(library -> {
            model.busy().set(false);
            model.say(messages.text("library.added", library.name()));
            model.names().add(library.name());
            model.current().set(library.name());
            done.accept(Optional.empty());
        }).onError(failure -> {
            model.busy().set(false);
            done.accept(Optional.of(wantsToken(failure) ? messages.text("library.addWantsToken") : Errors.describe(failure)));
        });
    }

    /** Reads {@code name}'s token from now on from the token's file (keeping a typed one there first), then syncs. */
    public void useToken(String name, Token token, Consumer<Optional<String>> done) {
        background.read(() -> {
            keep(token);
            libraries.tokenFile(name, token.path().orElseThrow(() -> new InvalidInputException(messages.text("library.tokenWhere"))));
            return libraries.sync(name);
        }).onSuccess(outcome -> {
            refused.set(null);
            model.say(messages.text("library.tokenUsed", name));
            read(name);
            model.refresh();
            done.accept(Optional.empty());
        }).onError(failure -> done.accept(Optional.of(wantsToken(failure) ? messages.text("library.tokenStillRefused")
                : Errors.describe(failure))));
    }

    /** Forgets {@code name} and deletes its copy; changes waiting to be sent go only if {@code evenWaiting}. */
    public void remove(String name, boolean evenWaiting, Consumer<Optional<String>> done) {
        background.write(() -> {
            libraries.remove(name, evenWaiting);
            return name;
        }).onSuccess(removed -> {
            model.say(messages.text("library.removed", removed));
            model.names().remove(removed);
            model.current().set(model.names().isEmpty() ? null : model.names().get(0));
            done.accept(Optional.empty());
        }).onError(failure -> done.accept(Optional.of(Errors.describe(failure))));
    }

    /** Notes that {@code name} refused the token it was given, for the form to ask for another. */
    void sawRefusal(String name, Throwable failure) {
        if (wantsToken(failure)) {
            refused.set(name);
        }
    }

    private void keep(Token token) {
        if (!token.typed().isBlank()) {
            libraries.keepToken(token.path().orElseThrow(() -> new InvalidInputException(messages.text("library.tokenWhere"))),
                    token.typed());
        }
    }

    private void read(String name) {
        if (name == null) {
            chosen.set(null);
            return;
        }
        background.read(() -> libraries.find(name)).onSuccess(library -> {
            if (name.equals(model.current().get())) {
                chosen.set(library);
            }
        });
    }

    static boolean wantsToken(Throwable failure) {
        return failure instanceof LibraryUnreachableException unreachable && unreachable.wantsToken();
    }

    /** The chosen library's settings; null when there is none. */
    public ObjectProperty<TeamLibrary> chosen() {
        return chosen;
    }

    /** The library that last refused the user's token, until a token works; else null. */
    public StringProperty refused() {
        return refused;
    }
}
