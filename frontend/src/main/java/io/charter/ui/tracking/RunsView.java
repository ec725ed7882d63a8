package io.charter.ui.tracking;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.charter.common.error.CharterException;
import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.RunView;
import io.charter.tracking.service.TrackingService;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The runs of an experiment: a lazily loaded table (fetched a page at a time, so it stays fast at
 * tens of thousands of runs) with an MLflow filter, the metric and param columns the user picks,
 * sorting by a chosen column, and a side-by-side comparison of 2 to 5 selected runs.
 */
@Route(value = "experiments/:experimentId", layout = MainLayout.class)
@PageTitle("Runs · Charter")
public class RunsView extends VerticalLayout implements BeforeEnterObserver {

    private final TrackingService tracking;
    private final H2 heading = new H2("Runs");
    private final TextField filter = new TextField("Filter (MLflow syntax)");
    private final TextField orderBy = new TextField("Order by");
    private final MultiSelectComboBox<String> columns = new MultiSelectComboBox<>("Columns");
    private final Grid<RunView> grid = new Grid<>(RunView.class, false);
    private final Span selection = new Span();
    private final Button compare = new Button("Compare selected");
    private UUID experimentId;

    @Inject
    public RunsView(TrackingService tracking) {
        this.tracking = tracking;
        filter.setId("run-filter");
        filter.setPlaceholder("metrics.auc > 0.8 and params.depth = '3'");
        filter.setWidth("28em");
        orderBy.setId("run-order");
        orderBy.setPlaceholder("metrics.auc DESC");
        columns.setId("run-columns");
        Button apply = new Button("Apply", e -> load());
        apply.setId("apply-run-filter");
        HorizontalLayout controls = new HorizontalLayout(filter, orderBy, columns, apply);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);

        grid.setId("run-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setPageSize(100);
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            selection.setText(n + " selected");
            compare.setEnabled(n >= 2 && n <= 5);
        });
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RunDetailView.class,
                new RouteParameters("runId", e.getItem().id().toString()))));
        compare.setId("compare-runs");
        compare.setEnabled(false);
        compare.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CompareRunsView.class,
                QueryParameters.simple(Map.of("runs", String.join(",", grid.getSelectedItems().stream()
                        .map(r -> r.id().toString()).toList()))))));
        HorizontalLayout actions = new HorizontalLayout(selection, compare);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, controls, actions, grid);
        setHeightFull();
        grid.setHeight("60vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UiErrorHandling.openOrForward(event, "experimentId", "Experiment", "experiments", id -> {
            experimentId = id;
            heading.setText("Runs of " + tracking.experiment(experimentId).name());
            Map<String, List<String>> keys = tracking.keys(experimentId);
            List<String> options = new ArrayList<>();
            keys.get("metrics").forEach(k -> options.add("metrics." + k));
            keys.get("params").forEach(k -> options.add("params." + k));
            columns.setItems(options);
            columns.select(options.stream().limit(6).toList());
            load();
        });
    }

    private void load() {
        grid.removeAllColumns();
        grid.addColumn(RunView::name).setHeader("Run").setAutoWidth(true);
        grid.addColumn(RunView::status).setHeader("Status");
        grid.addColumn(RunView::userId).setHeader("User");
        Set<String> chosen = columns.getSelectedItems();
        for (String column : chosen) {
            String key = column.substring(column.indexOf('.') + 1);
            if (column.startsWith("metrics.")) {
                grid.addColumn(r -> format(r.metrics().get(key))).setHeader(column);
            } else {
                grid.addColumn(r -> r.params().getOrDefault(key, "")).setHeader(column);
            }
        }
        String f = filter.getValue();
        List<String> order = orderBy.isEmpty() ? List.of() : List.of(orderBy.getValue());
        try {
            tracking.runs(experimentId, f, order, 0, 1); // a bad filter fails here, once, with its message
            grid.setItems(query -> tracking.runs(experimentId, f, order, query.getOffset(), query.getLimit()).stream());
            filter.setInvalid(false);
        } catch (CharterException e) {
            filter.setInvalid(true);
            filter.setErrorMessage(e.getMessage());
        }
    }

    private static String format(MetricPoint p) {
        return p == null ? "" : String.format(java.util.Locale.ROOT, "%.4g", p.value());
    }
}
