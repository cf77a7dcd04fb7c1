package org.learnlog.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnlog.model.DayCount;
import org.learnlog.model.Heatmap;
import org.learnlog.ui.Messages;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The heatmap keeps its cells while its last day stays the same, and redraws only the days that changed. */
class HeatmapViewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static Heatmap map(LocalDate today, Map<LocalDate, Integer> counts) {
        return Heatmap.of(counts.entrySet().stream().map(day -> new DayCount(day.getKey(), day.getValue())).toList(),
                today);
    }

    private static HeatmapView shown(Heatmap map) throws Exception {
        return onFx(() -> {
            HeatmapView view = new HeatmapView(Messages.load());
            view.show(map);
            return view;
        });
    }

    private static void show(HeatmapView view, Heatmap map) throws Exception {
        onFx(() -> {
            view.show(map);
            return null;
        });
    }

    private static List<Node> cells(HeatmapView view) throws Exception {
        return onFx(() -> List.copyOf(view.lookupAll(".heatmap-cell")));
    }

    /** The cell of {@code day}, by its place in the grid: a column per week, a row per weekday under the months. */
    private static Region cell(HeatmapView view, Heatmap map, LocalDate day) throws Exception {
        int week = (int) ChronoUnit.WEEKS.between(map.firstDay(), day);
        int row = day.getDayOfWeek().getValue();
        return onFx(() -> (Region) view.lookupAll(".heatmap-cell").stream()
                .filter(cell -> GridPane.getColumnIndex(cell) == week && GridPane.getRowIndex(cell) == row)
                .findFirst().orElseThrow());
    }

    @Test
    void aChangedCountReshadesItsDayInTheCellsAlreadyThere() throws Exception {
        Heatmap before = map(TODAY, Map.of(TODAY, 1));
        HeatmapView view = shown(before);
        List<Node> cells = cells(view);
        Region yesterday = cell(view, before, YESTERDAY);
        assertEquals(List.of("heatmap-cell", "heat-0"), yesterday.getStyleClass());

        Heatmap after = map(TODAY, Map.of(TODAY, 1, YESTERDAY, 4));
        show(view, after);

        assertEquals(cells, cells(view));
        assertSame(yesterday, cell(view, after, YESTERDAY));
        assertEquals(List.of("heatmap-cell", "heat-4"), yesterday.getStyleClass());
        assertEquals("2026-12-02 (Wed): 4 notes", yesterday.getAccessibleText());
        assertEquals(List.of("heatmap-cell", "heat-1"), cell(view, after, TODAY).getStyleClass());
    }

    @Test
    void aNewDayLaysTheYearOutAgainWithItsCell() throws Exception {
        HeatmapView view = shown(map(TODAY, Map.of(TODAY, 1)));
        int cells = cells(view).size();

        Heatmap tomorrow = map(TODAY.plusDays(1), Map.of(TODAY, 1));
        show(view, tomorrow);

        assertEquals(cells + 1, cells(view).size());
        assertEquals(List.of("heatmap-cell", "heat-0"), cell(view, tomorrow, TODAY.plusDays(1)).getStyleClass());
    }
}
