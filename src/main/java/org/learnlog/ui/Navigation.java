package org.learnlog.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.learnlog.model.NoteFilter;

/**
 * Which screen the main window shows. The sidebar and the screens move it; each screen shows itself
 * while the place is its own, and loads its data when it becomes so.
 */
public final class Navigation {
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(Place.notes(NoteFilter.all()));

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public Place place() {
        return place.get();
    }

    public void go(Place destination) {
        place.set(destination);
    }

    public boolean isAt(Place.Screen screen) {
        return place.get().screen() == screen;
    }
}
