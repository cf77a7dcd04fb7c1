package org.learnlog.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.learnlog.model.WindowPlace;

/**
 * The user's preferences, kept in {@code settings.properties} in the data directory, so they travel
 * with the journal: the author name put on aids (by default the operating system's user name), the
 * theme, and where the main window was.
 */
public final class Settings {
    private static final String AUTHOR = "author";
    private static final String EMAIL = "email";
    private static final String LIBRARIES_SYNC = "libraries.sync";
    private static final String DARK_THEME = "theme.dark";
    private static final String LANGUAGE = "language";
    private static final String WINDOW = "window";
    private static final String LAST_FOLDER = "folder.last";

    private final Path file;
    private final String defaultAuthor;
    private final Properties unsaved = new Properties();

    /** {@code file} may be null: the settings then live only as long as this object (an in-memory journal). */
    public Settings(Path file, String defaultAuthor) {
        this.file = file;
        this.defaultAuthor = defaultAuthor;
    }

    public String author() {
        String author = load().getProperty(AUTHOR, "").strip();
        return author.isEmpty() ? defaultAuthor : author;
    }

    /** What is wrong with {@code author} as a name to put on aids, if anything. */
    public static Optional<String> authorProblem(String author) {
        String name = author == null ? "" : author.strip();
        return name.length() > 200 || name.chars().anyMatch(Character::isISOControl)
                ? Optional.of("Give a name of one line and at most 200 characters.") : Optional.empty();
    }

    public void setAuthor(String author) {
        String name = author == null ? "" : author.strip();
        authorProblem(name).ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
        Properties properties = load();
        properties.setProperty(AUTHOR, name);
        save(properties);
    }

    /** The email put with the author's name on what they publish to a team library; empty if not given. */
    public String email() {
        return load().getProperty(EMAIL, "").strip();
    }

    /** What is wrong with {@code email} as the address to publish with, if anything; none is fine. */
    public static Optional<String> emailProblem(String email) {
        String address = email == null ? "" : email.strip();
        return address.length() > 200 || address.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')
                || !address.isEmpty() && !address.contains("@")
                ? Optional.of("Give an email address such as sam@example.org, or none.") : Optional.empty();
    }

    public void setEmail(String email) {
        String address = email == null ? "" : email.strip();
        emailProblem(address).ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
        Properties properties = load();
        properties.setProperty(EMAIL, address);
        save(properties);
    }

    /** Whether the app syncs the team libraries at start and every few minutes; on unless turned off. */
    public boolean librariesSync() {
        return Boolean.parseBoolean(load().getProperty(LIBRARIES_SYNC, "true"));
    }

    public void setLibrariesSync(boolean on) {
        Properties properties = load();
        properties.setProperty(LIBRARIES_SYNC, Boolean.toString(on));
        save(properties);
    }

    /** The language of the app's words, as a language tag ("en", "de"); empty for the system's. */
    public String language() {
        return load().getProperty(LANGUAGE, "");
    }

    public void setLanguage(String tag) {
        Properties properties = load();
        properties.setProperty(LANGUAGE, tag);
        save(properties);
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(load().getProperty(DARK_THEME, "false"));
    }

    public void setDarkTheme(boolean dark) {
        Properties properties = load();
        properties.setProperty(DARK_THEME, Boolean.toString(dark));
        save(properties);
    }

    /** Where the main window was last, if it was saved and still makes sense. */
    public Optional<WindowPlace> windowPlace() {
        String text = load().getProperty(WINDOW, "");
        String[] parts = text.split(" ");
        try {
            if (parts.length < 5) {
                return Optional.empty();
            }
            List<Double> dividers = new ArrayList<>();
            for (int i = 5; i < parts.length; i++) {
                dividers.add(Double.parseDouble(parts[i]));
            }
            WindowPlace place = new WindowPlace(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]), dividers);
            return place.sane() ? Optional.of(place) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Keeps where the main window is, for the next start: "x y width height maximized dividers…". */
    public void setWindowPlace(WindowPlace place) {
        StringBuilder text = new StringBuilder();
        text.append(place.x()).append(' ').append(place.y()).append(' ').append(place.width()).append(' ')
                .append(place.height()).append(' ').append(place.maximized());
        place.dividers().forEach(divider -> text.append(' ').append(divider));
        Properties properties = load();
        properties.setProperty(WINDOW, text.toString());
        save(properties);
    }

    /** The folder the user last chose for an import or an export, if one was kept. */
    public Optional<Path> lastFolder() {
        String text = load().getProperty(LAST_FOLDER, "");
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void setLastFolder(Path folder) {
        Properties properties = load();
        properties.setProperty(LAST_FOLDER, folder.toAbsolutePath().toString());
        save(properties);
    }

    private Properties load() {
        if (file == null) {
            return unsaved;
        }
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException("Can't read the settings in " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    private void save(Properties properties) {
        if (file == null) {
            return;
        }
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Learnlog settings");
        } catch (IOException e) {
            throw new IllegalStateException("Can't write settings to memory", e);
        }
        new FolderWriter(file.toAbsolutePath().getParent())
                .write(file.getFileName().toString(), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
