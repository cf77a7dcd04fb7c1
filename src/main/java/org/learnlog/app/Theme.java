package org.learnlog.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look of every Learnlog window: AtlantaFX Primer Light, which app.css builds on. */
final class Theme {

    private Theme() {
    }

    static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
