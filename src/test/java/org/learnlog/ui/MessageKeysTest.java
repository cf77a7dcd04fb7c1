package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Cadence;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.NoteKind;

/**
 * Every key the UI uses is in messages.properties, and every key there is used; each other language
 * has the same keys, with the same arguments, and each of its messages formats.
 */
class MessageKeysTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z.]+)\"");
    /** A quoted dotted name in ui code, unless it names a class (com.sun…, javafx…). */
    private static final Pattern CODE_KEY = Pattern.compile("\"(?!com\\.|javafx\\.)([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    /** Outside the ui package, only direct look-ups count: app code also names system properties. */
    private static final Pattern TEXT_CALL = Pattern.compile("\\.text\\(\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    private static final Path SOURCES = Path.of("src/main");
    /** An argument's number and its format type, not the words of a choice's branches. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,(\\w+))?");

    @Test
    void usedKeysAndDefinedKeysAreTheSame() throws IOException {
        Set<String> defined = new TreeSet<>(ResourceBundle.getBundle(Messages.BUNDLE).keySet());
        Set<String> used = new TreeSet<>();
        used.addAll(find(SOURCES.resolve("resources/org/learnlog/ui"), ".fxml", FXML_KEY));
        used.addAll(find(SOURCES.resolve("java/org/learnlog/ui"), ".java", CODE_KEY));
        used.addAll(find(SOURCES.resolve("java/org/learnlog/app"), ".java", TEXT_CALL));
        // The windows' wiring names messages as the screens do.
        used.addAll(find(SOURCES.resolve("java/org/learnlog/app/wiring"), ".java", CODE_KEY));
        // Kinds are looked up as "kind." + slug.
        used.addAll(Arrays.stream(NoteKind.values()).map(kind -> "kind." + kind.slug()).collect(Collectors.toSet()));
        // Goal states and cadences are looked up as "goal.badge." and "goal.cadence." + their lower-case name.
        Stream.of(GoalStatus.values()).map(status -> "goal.badge." + status.name().toLowerCase(Locale.ROOT)).forEach(used::add);
        Stream.of(Cadence.values()).map(cadence -> "goal.cadence." + cadence.name().toLowerCase(Locale.ROOT)).forEach(used::add);

        assertEquals(new TreeSet<>(), difference(used, defined), "used but not in messages.properties");
        assertEquals(new TreeSet<>(), difference(defined, used), "in messages.properties but never used");
    }

    @Test
    void messagesUseTypographicApostrophesSoMessageFormatKeepsThem() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE);
        Set<String> withAsciiQuotes = bundle.keySet().stream()
                .filter(key -> bundle.getString(key).contains("'")).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(), withAsciiQuotes, "MessageFormat drops ' and what follows; write ’ instead");
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSameArgumentsAndEachMessageFormats() {
        ResourceBundle english = Messages.load(Locale.ENGLISH).bundle();
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle bundle = Messages.load(language).bundle();
            assertEquals(language.getLanguage(), language.equals(Locale.ENGLISH) ? "en" : bundle.getLocale().getLanguage(),
                    "a bundle of its own for " + language);
            assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(bundle.keySet()), language + ": the same keys");
            Set<String> problems = new TreeSet<>();
            for (String key : english.keySet()) {
                String pattern = bundle.getString(key);
                if (!arguments(english.getString(key)).equals(arguments(pattern))) {
                    problems.add(key + ": arguments " + arguments(pattern) + ", English " + arguments(english.getString(key)));
                }
                if (pattern.contains("'")) {
                    problems.add(key + ": an ASCII apostrophe, which MessageFormat drops with what follows");
                }
                try {
                    new MessageFormat(pattern, language).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8});
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage());
                }
            }
            assertEquals(new TreeSet<>(), problems, language.toString());
        }
    }

    @Test
    void aChosenLanguageIsSpokenWhateverTheSystemsAndNumbersFollowIt() {
        assertEquals("Heute", Messages.load(Locale.GERMAN).text("sidebar.today"));
        assertEquals("1.234 Notizen gefunden.", Messages.load(Locale.GERMAN).text("search.count", 1234));
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Today", Messages.load(Locale.ENGLISH).text("sidebar.today"), "English is not German's fallback");
            assertEquals("Today", Messages.load(Locale.JAPANESE).text("sidebar.today"), "a language Learnlog lacks is English");
        } finally {
            Locale.setDefault(system);
        }
    }

    /** The argument numbers a message uses, with their format types: {0}, {1,choice,…}, {2,number,integer}. */
    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            found.add(argument.group(1) + (argument.group(2) == null ? "" : "," + argument.group(2)));
        }
        return found;
    }

    private static Set<String> find(Path folder, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
