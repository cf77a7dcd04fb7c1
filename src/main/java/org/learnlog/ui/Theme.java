package org.learnlog.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look of every Learnlog window: AtlantaFX Primer, light or dark, which app.css builds on. */
public final class Theme {

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
