package org.learnlog.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The aid templates: Learnlog's own (checklist, how-to, til, weekly-digest, goal-review), and any
 * Markdown file the user drops into {@code <data dir>/templates/}, which may also replace one of ours.
 */
public final class AidTemplates {
    public static final List<String> BUILT_IN = List.of("checklist", "how-to", "til", "weekly-digest", "goal-review");
    private static final String FOLDER = "/org/learnlog/markdown/templates/";

    private final Path userFolder;

    /** {@code userFolder} may be null (an in-memory journal has none). */
    public AidTemplates(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** Every template's name: ours first, then the user's own, by name. */
    public List<String> names() {
        Map<String, Path> user = userTemplates();
        return Stream.concat(BUILT_IN.stream(), user.keySet().stream().filter(name -> !BUILT_IN.contains(name)))
                .toList();
    }

    public String text(String name) {
        Path own = userTemplates().get(name);
        try {
            if (own != null) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            if (BUILT_IN.contains(name)) {
                try (InputStream in = AidTemplates.class.getResourceAsStream(FOLDER + name + ".md")) {
                    if (in == null) {
                        throw new IllegalStateException("Missing template resource " + FOLDER + name + ".md");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("Can't read the template \"" + name + "\": " + e.getMessage(), e);
        }
        throw new NotFoundException("There is no template \"" + name + "\". Templates: " + String.join(", ", names()) + ".");
    }

    private Map<String, Path> userTemplates() {
        Map<String, Path> templates = new TreeMap<>();
        if (userFolder == null || !Files.isDirectory(userFolder)) {
            return templates;
        }
        try (Stream<Path> files = Files.list(userFolder)) {
            files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .forEach(file -> templates.put(file.getFileName().toString().replaceFirst("(?i)\\.md$", ""), file));
        } catch (IOException e) {
            throw new InvalidInputException("Can't read your templates in " + userFolder + ": " + e.getMessage(), e);
        }
        return templates;
    }
}
