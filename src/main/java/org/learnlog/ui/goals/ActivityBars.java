package org.learnlog.ui.goals;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.learnlog.ui.Messages;

/** Fills a horizontal bar chart with counts of notes, each bar with a tooltip and screen-reader text. */
final class ActivityBars {
    private final Messages messages;

    ActivityBars(Messages messages) {
        this.messages = messages;
    }

    <T> void show(BarChart<Number, String> chart, List<T> items, Function<T, String> label,
                  ToIntFunction<T> count) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // The category axis lists bottom-up; reversed, the biggest bar is on top.
        for (int i = items.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(count.applyAsInt(items.get(i)), label.apply(items.get(i))));
        }
        chart.getData().setAll(List.of(series));
        StringBuilder summary = new StringBuilder(chart.getTitle()).append(": ");
        for (XYChart.Data<Number, String> bar : series.getData()) {
            String text = messages.text("chart.bar", bar.getYValue(), bar.getXValue().intValue());
            if (bar.getNode() != null) {
                Tooltip.install(bar.getNode(), new Tooltip(text));
                // Charts bind a bar's screen-reader text to its raw numbers; say the name and count instead.
                bar.getNode().accessibleTextProperty().unbind();
                bar.getNode().setAccessibleText(text);
            }
            summary.append(text).append("; ");
        }
        chart.setAccessibleText(items.isEmpty() ? chart.getTitle() + ": " + messages.text("chart.empty") : summary.toString());
    }
}
