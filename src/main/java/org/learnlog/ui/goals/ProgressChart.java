package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalReport;
import org.learnlog.model.MetricValues;
import org.learnlog.ui.Dates;
import org.learnlog.ui.Messages;

/**
 * A goal's progress as a line chart: the check-ins over time, the target as a horizontal line from the
 * baseline date to the due date, and the due date as a vertical line. Points carry tooltips, and the
 * chart a screen-reader summary.
 */
final class ProgressChart {
    private static final DateTimeFormatter TICKS = DateTimeFormatter.ofPattern("d MMM");
    private static final DateTimeFormatter POINTS = Dates.DAY;

    private final Messages messages;

    ProgressChart(Messages messages) {
        this.messages = messages;
    }

    LineChart<Number, Number> build(GoalReport report, LocalDate today) {
        Goal goal = report.goal();
        List<CheckIn> checkIns = report.checkIns();
        LocalDate last = Stream.concat(Stream.of(goal.due(), today), checkIns.stream().map(CheckIn::date))
                .max(LocalDate::compareTo).orElse(goal.due());
        double span = Math.max(1, last.toEpochDay() - goal.baselineDate().toEpochDay());
        // A little room either side, so a point on the baseline date is not drawn on the axis itself.
        double pad = Math.max(1, span * 0.03);
        NumberAxis x = new NumberAxis(goal.baselineDate().toEpochDay() - pad, last.toEpochDay() + pad, span / 6.0);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new DayLabels());
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setLabel(goal.unit().isEmpty() ? messages.text("chart.value") : goal.unit());
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.getStyleClass().add("progress-chart");
        chart.setTitle(messages.text("chart.progress", goal.title()));

        XYChart.Series<Number, Number> values = series(messages.text("chart.checkIns"));
        // The line starts at the baseline, so even one check-in reads as progress from it.
        values.getData().add(point(goal.baselineDate(), goal.baseline()));
        checkIns.forEach(checkIn -> values.getData().add(point(checkIn.date(), checkIn.value())));
        XYChart.Series<Number, Number> target = series(messages.text("chart.target", value(goal, goal.target())));
        target.getData().addAll(point(goal.baselineDate(), goal.target()), point(goal.due(), goal.target()));
        DoubleSummaryStatistics range = Stream.concat(Stream.of(goal.baseline(), goal.target()),
                checkIns.stream().map(CheckIn::value)).mapToDouble(Double::doubleValue).summaryStatistics();
        XYChart.Series<Number, Number> due = series(messages.text("chart.due", POINTS.format(goal.due())));
        due.getData().addAll(point(goal.due(), range.getMin()), point(goal.due(), range.getMax()));
        chart.getData().addAll(List.of(values, target, due));

        for (XYChart.Data<Number, Number> point : values.getData()) {
            String day = POINTS.format(LocalDate.ofEpochDay(point.getXValue().longValue()));
            String number = value(goal, point.getYValue().doubleValue());
            String text = point == values.getData().get(0) ? messages.text("chart.baselinePoint", day, number)
                    : messages.text("chart.point", day, number);
            Tooltip.install(point.getNode(), new Tooltip(text));
            // Charts bind a point's screen-reader text to its raw numbers; say the day and value instead.
            point.getNode().accessibleTextProperty().unbind();
            point.getNode().setAccessibleText(text);
        }
        Stream.concat(target.getData().stream(), due.getData().stream()).forEach(p -> p.getNode().setVisible(false));
        chart.setAccessibleText(summary(report));
        return chart;
    }

    private String summary(GoalReport report) {
        Goal goal = report.goal();
        String latest = report.progress().latest()
                .map(c -> messages.text("chart.point", POINTS.format(c.date()), value(goal, c.value())))
                .orElse(messages.text("chart.noCheckIn"));
        return messages.text("chart.summary", goal.title(), report.checkIns().size(), latest,
                value(goal, goal.target()), POINTS.format(goal.due()));
    }

    private static String value(Goal goal, double number) {
        return MetricValues.format(number) + (goal.unit().isEmpty() ? "" : " " + goal.unit());
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    private static XYChart.Data<Number, Number> point(LocalDate day, double value) {
        return new XYChart.Data<>(day.toEpochDay(), value);
    }

    /** Epoch days on the axis, shown as "3 Dec". */
    private static final class DayLabels extends StringConverter<Number> {
        @Override
        public String toString(Number epochDay) {
            return TICKS.format(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())));
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are only shown");
        }
    }
}
