package org.learnlog.ui.journal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.learnlog.model.NoteFilter;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;

/**
 * Above the list while it is filtered: which notes it shows, and a way back to all of them. On a day's
 * notes, the day before and after, and a month calendar to pick another.
 */
public final class FilterBarController {
    @FXML
    private VBox filterBar;
    @FXML
    private Label filterText;
    @FXML
    private HBox dayButtons;
    @FXML
    private DatePicker dayPicker;
    @FXML
    private Button nextDay;

    private final NoteListModel list;
    private final Navigation navigation;
    private final Messages messages;

    public FilterBarController(NoteListModel list, Navigation navigation, Messages messages) {
        this.list = list;
        this.navigation = navigation;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        filterText.textProperty().bind(list.filterProperty().map(filter ->
                messages.text("filter.showing", FilterWords.of(filter, messages))));
        filterBar.visibleProperty().bind(list.filterProperty().map(filter -> !filter.equals(NoteFilter.all())));
        filterBar.managedProperty().bind(filterBar.visibleProperty());
        dayButtons.visibleProperty().bind(list.filterProperty().map(FilterBarController::isDay));
        dayButtons.managedProperty().bind(dayButtons.visibleProperty());
        list.filterProperty().subscribe(filter -> {
            dayPicker.setValue(filter.day());
            nextDay.setDisable(filter.day() == null || !filter.day().isBefore(list.today().day()));
        });
        // The calendar offers no day after today: the journal has none.
        dayPicker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        dayPicker.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isAfter(list.today().day()));
            }
        });
        dayPicker.valueProperty().addListener((observable, old, day) -> {
            if (day != null && !day.equals(list.filterProperty().get().day()) && !day.isAfter(list.today().day())) {
                navigation.go(Place.notes(NoteFilter.on(day)));
            }
        });
    }

    private static boolean isDay(NoteFilter filter) {
        return filter.day() != null && filter.equals(NoteFilter.on(filter.day()));
    }

    @FXML
    private void previousDay() {
        goBy(-1);
    }

    @FXML
    private void nextDay() {
        goBy(1);
    }

    private void goBy(int days) {
        LocalDate day = list.filterProperty().get().day();
        if (day != null && !day.plusDays(days).isAfter(list.today().day())) {
            navigation.go(Place.notes(NoteFilter.on(day.plusDays(days))));
        }
    }

    @FXML
    private void clear() {
        navigation.go(Place.notes(NoteFilter.all()));
    }
}
