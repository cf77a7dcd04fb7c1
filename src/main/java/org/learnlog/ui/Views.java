package org.learnlog.ui;

import java.io.IOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.util.Callback;

/** Loads FXML and CSS from the classpath, failing at once with the missing path in the message. */
public final class Views {

    private Views() {
    }

    public static URL resource(String path) {
        URL url = Views.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return url;
    }

    public static FXMLLoader load(String fxml, Callback<Class<?>, Object> controllers, ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(resource(fxml), bundle);
        loader.setControllerFactory(controllers);
        try {
            loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("Can't load " + fxml + ": " + e.getMessage(), e);
        }
        return loader;
    }
}
