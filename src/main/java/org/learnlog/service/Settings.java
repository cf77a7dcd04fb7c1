package org.learnlog.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The user's preferences, kept in {@code settings.properties} in the data directory, so they travel
 * with the journal. For now: the author name put on aids (by default the operating system's user name).
 */
public final class Settings {
    private static final String AUTHOR = "author";
    private static final String DARK_THEME = "theme.dark";

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

    public void setAuthor(String author) {
        String name = author == null ? "" : author.strip();
        if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("Give a name of one line and at most 200 characters.");
        }
        Properties properties = load();
        properties.setProperty(AUTHOR, name);
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
