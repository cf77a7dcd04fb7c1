package org.learnlog.ui.journal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.learnlog.model.Heatmap;
import org.learnlog.ui.Messages;

/**
 * The learning heatmap: a column per week for the last year, a cell per day shaded by its notes,
 * each with a tooltip and a screen-reader text giving the count; above it, the year's total and the streaks.
 */
public final class HeatmapView extends VBox {
    static final int WEEKS = 53;
    private static final int LABEL_WEEKS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd (EEE)");
    private final Messages messages;
    private final Label summary = new Label();
    private final GridPane grid = new GridPane();
    private final Map<LocalDate, Region> cells = new HashMap<>();
    /** What the cells show; null before the first map. */
    private Heatmap shown;
    private Consumer<LocalDate> onDay = day -> { };

    public HeatmapView(Messages messages) {
        this.messages = messages;
        getStyleClass().add("heatmap");
        summary.getStyleClass().add("heatmap-summary");
        grid.getStyleClass().add("heatmap-grid");
        grid.setAccessibleRole(AccessibleRole.TABLE_VIEW);
        getChildren().addAll(summary, grid);
        setId("heatmap");
        // One tooltip for the grid, told the day under the pointer: 371 tooltips of their own slow the start.
        Tooltip tip = new Tooltip();
        Tooltip.install(grid, tip);
        grid.addEventHandler(MouseEvent.MOUSE_MOVED, event -> {
            if (event.getTarget() instanceof Region cell && cell.getAccessibleText() != null) {
                tip.setText(cell.getAccessibleText());
            }
        });
        grid.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getTarget() instanceof Region cell && cell.getUserData() instanceof LocalDate day) {
                onDay.accept(day);
            }
        });
    }

    /** Hears the day whose cell was clicked. */
    public void setOnDay(Consumer<LocalDate> onDay) {
        this.onDay = onDay;
    }

    /**
     * Shows the year up to the map's day. While that day stays the same, the cells stay too and only the
     * days whose count or shade changed are redrawn: the journal reloads after every save, and laying out
     * 371 new cells each time held the FX thread for nothing.
     */
    public void show(Heatmap map) {
        summary.setText(messages.text("heatmap.summary", map.total(), map.streaks().current(), map.streaks().longest()));
        grid.setAccessibleText(summary.getText());
        if (shown != null && shown.today().equals(map.today())) {
            Heatmap before = shown;
            cells.forEach((day, cell) -> {
                if (before.count(day) != map.count(day) || before.level(day) != map.level(day)) {
                    shade(cell, map, day);
                }
            });
        } else {
            layOut(map);
        }
        shown = map;
    }

    private void layOut(Heatmap map) {
        grid.getChildren().clear();
        cells.clear();
        LocalDate first = map.firstDay();
        int lastLabel = -LABEL_WEEKS;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = first.plusWeeks(week);
            // A month is named over its first full week, with room for the name before the next one.
            boolean monthStarts = monday.getDayOfMonth() <= 7 || week == 0 && monday.getDayOfMonth() <= 14;
            if (monthStarts && week - lastLabel >= LABEL_WEEKS && week + LABEL_WEEKS <= WEEKS) {
                lastLabel = week;
                Label month = new Label(monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.getDefault()));
                month.getStyleClass().add("heatmap-month");
                month.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(month, week, 0, LABEL_WEEKS, 1);
            }
            for (int weekday = 0; weekday < 7; weekday++) {
                LocalDate day = monday.plusDays(weekday);
                if (!day.isAfter(map.today())) {
                    Region cell = new Region();
                    cell.getStyleClass().addAll("heatmap-cell", "heat-0");
                    cell.setAccessibleRole(AccessibleRole.TEXT);
                    cell.setUserData(day);
                    shade(cell, map, day);
                    cells.put(day, cell);
                    grid.add(cell, week, weekday + 1);
                }
            }
        }
    }

    /** The cell's shade (its second style class) and its text for a screen reader and the tooltip. */
    private void shade(Region cell, Heatmap map, LocalDate day) {
        cell.getStyleClass().set(1, "heat-" + map.level(day));
        cell.setAccessibleText(messages.text("heatmap.day", DAY.format(day), map.count(day)));
    }
}
