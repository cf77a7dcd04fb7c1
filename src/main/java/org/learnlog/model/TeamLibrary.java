package org.learnlog.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A team library the user reads and publishes to: a git remote ({@code ssh://…}, {@code https://…},
 * {@code git@host:team/aids.git}, or a path to a bare repository), or a plain folder a sync tool or a
 * shared drive carries. {@code name} is the user's short name for it, as in {@code learnlog adopt NAME/ID}.
 * {@code tokenFile} is where the user keeps an HTTPS remote's token, if it asks for one.
 */
public record TeamLibrary(String name, String location, boolean git, Instant added, Optional<Instant> synced,
                          Optional<String> tokenFile) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public TeamLibrary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(synced, "synced");
        Objects.requireNonNull(tokenFile, "tokenFile");
    }

    /** What is wrong with {@code name} as a library's name, if anything. */
    public static Optional<String> nameProblem(String name) {
        return name != null && NAME.matcher(name).matches() ? Optional.empty()
                : Optional.of("A library's name is 1 to 40 lowercase letters, digits and dashes, starting with a letter.");
    }
}
