package org.learnlog.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look of every Learnlog window: AtlantaFX Primer, light or dark, which app.css builds on. */
public final class Theme {
    /** The look applied last, null before the first: applying it again would restyle every window for nothing. */
    private static Boolean applied;

    private Theme() {
    }

    public static void apply(boolean dark) {
        if (Boolean.valueOf(dark).equals(applied)) {
            return;
        }
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        applied = dark;
    }
}
