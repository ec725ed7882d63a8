package io.charter.ui.tracking;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.charter.common.error.CharterException;
import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.RunView;
import io.charter.tracking.service.TrackingService;
import io.charter.ui.base.EChart;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.UiErrorHandling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Two to five runs side by side: every param and latest metric in one table, the rows whose
 * values differ first and marked, and each metric's curves overlaid.
 */
@Route(value = "runs/compare", layout = MainLayout.class)
@PageTitle("Compare runs · Charter")
public class CompareRunsView extends VerticalLayout implements BeforeEnterObserver {

    private final TrackingService tracking;

    public CompareRunsView(TrackingService tracking) {
        this.tracking = tracking;
    }

    /** One row of the comparison: a param or metric and its value in each run. */
    record Row(String name, List<String> values, boolean differs) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("runs", List.of())
                    .stream().flatMap(s -> Arrays.stream(s.split(","))).filter(s -> !s.isBlank()).toList();
            if (ids.size() < 2 || ids.size() > 5) {
                throw CharterException.invalid("runs", "choose 2 to 5 runs, but got " + ids.size());
            }
            List<RunView> runs = ids.stream().map(id -> tracking.run(UUID.fromString(id))).toList();
            show(runs);
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.invalid("runs", e.getMessage()));
            event.forwardTo("experiments");
        }
    }

    private void show(List<RunView> runs) {
        List<Row> rows = new ArrayList<>();
        TreeSet<String> params = new TreeSet<>();
        TreeSet<String> metrics = new TreeSet<>();
        runs.forEach(r -> {
            params.addAll(r.params().keySet());
            metrics.addAll(r.metrics().keySet());
        });
        for (String p : params) {
            rows.add(row("params." + p, runs.stream().map(r -> r.params().getOrDefault(p, "—")).toList()));
        }
        for (String m : metrics) {
            rows.add(row("metrics." + m, runs.stream().map(r -> {
                MetricPoint v = r.metrics().get(m);
                return v == null ? "—" : String.format(java.util.Locale.ROOT, "%.6g", v.value());
            }).toList()));
        }
        rows.sort((a, b) -> Boolean.compare(b.differs(), a.differs()));
        Grid<Row> grid = new Grid<>();
        grid.setId("compare-grid");
        grid.addColumn(r -> (r.differs() ? "≠ " : "") + r.name()).setHeader("Param / metric").setAutoWidth(true);
        for (int i = 0; i < runs.size(); i++) {
            int column = i;
            grid.addColumn(r -> r.values().get(column)).setHeader(runs.get(i).name());
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(new H2("Comparing " + runs.size() + " runs"), grid);
        for (String m : metrics) {
            Map<String, List<List<Double>>> series = new LinkedHashMap<>();
            for (RunView r : runs) {
                series.put(r.name(), tracking.history(r.id(), m).stream()
                        .map(p -> List.of((double) p.step(), p.value())).toList());
            }
            EChart chart = EChart.lines(m, "step", series);
            chart.setId("compare-" + m.replaceAll("[^A-Za-z0-9_-]", "_"));
            chart.setWidthFull();
            chart.setHeight("260px");
            add(new H3(m), chart);
        }
    }

    private static Row row(String name, List<String> values) {
        return new Row(name, values, values.stream().distinct().count() > 1);
    }
}
