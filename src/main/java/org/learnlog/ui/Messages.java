package org.learnlog.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI's words, from i18n/messages*.properties, in the language chosen in Preferences or else the
 * system's; FXML gets the same bundle for its %keys. Numbers in messages follow that language.
 */
public final class Messages {
    public static final String BUNDLE = "org.learnlog.i18n.messages";
    /** The system's language, as it was before Preferences chose another. */
    public static final Locale SYSTEM = Locale.getDefault();
    /** The languages Learnlog speaks, English first (its base bundle). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words in the display language: the one chosen (see {@link #choose}), or the system's. */
    public static Messages load() {
        return load(Locale.getDefault(Locale.Category.DISPLAY));
    }

    /** The words in {@code language}, or in English where Learnlog doesn't speak it. */
    public static Messages load(Locale language) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)));
    }

    /**
     * Makes {@code tag} ("de", "en") the language of this process, as if the system spoke it, so JavaFX's
     * own words (Cancel) and month names follow too; empty keeps the system's.
     */
    public static void choose(String tag) {
        if (tag != null && !tag.isBlank()) {
            Locale.setDefault(Locale.forLanguageTag(tag.strip()));
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
