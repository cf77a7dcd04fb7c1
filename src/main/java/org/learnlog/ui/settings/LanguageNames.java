package org.learnlog.ui.settings;

import java.util.Locale;
import javafx.util.StringConverter;
import org.learnlog.ui.Messages;

/** A language tag as Preferences lists it: each language in its own words, and the system's named as such. */
final class LanguageNames extends StringConverter<String> {
    private final Messages messages;

    LanguageNames(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String toString(String tag) {
        if (tag == null || tag.isEmpty()) {
            Locale system = Messages.SYSTEM;
            return messages.text("preferences.languageSystem", system.getDisplayLanguage(system));
        }
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    @Override
    public String fromString(String text) {
        throw new UnsupportedOperationException("the list is chosen from, not typed in");
    }
}
