package org.learnlog.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The UI's words, from i18n/messages*.properties; FXML gets the same bundle for its %keys. */
public final class Messages {
    public static final String BUNDLE = "org.learnlog.i18n.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
