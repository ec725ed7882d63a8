package io.charter.ui.tracking;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.charter.common.error.CharterException;
import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.RunView;
import io.charter.tracking.service.TrackingService;
import io.charter.ui.base.EChart;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One run: status, lineage, params, latest metrics and the learning curves of every metric,
 * refreshed every two seconds while the run is RUNNING.
 */
@Route(value = "runs/:runId", layout = MainLayout.class)
@PageTitle("Run · Charter")
public class RunDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final TrackingService tracking;
    private final H2 heading = new H2("Run");
    private final Paragraph summary = new Paragraph();
    private final Grid<Map.Entry<String, String>> params = new Grid<>();
    private final Grid<MetricPoint> metrics = new Grid<>(MetricPoint.class, false);
    private final EChart curves = EChart.lines("Learning curves", "step", Map.of());
    private Registration poll;
    private UUID runId;
    private boolean running;

    @Inject
    public RunDetailView(TrackingService tracking) {
        this.tracking = tracking;
        summary.setId("run-summary");
        params.setId("run-params");
        params.addColumn(Map.Entry::getKey).setHeader("Param");
        params.addColumn(Map.Entry::getValue).setHeader("Value");
        params.setAllRowsVisible(true);
        metrics.setId("run-metrics");
        metrics.addColumn(MetricPoint::key).setHeader("Metric");
        metrics.addColumn(MetricPoint::value).setHeader("Latest value");
        metrics.addColumn(MetricPoint::step).setHeader("Step");
        metrics.setAllRowsVisible(true);
        curves.setId("run-curves");
        curves.setWidthFull();
        curves.setHeight("320px");
        add(heading, summary, new H3("Learning curves"), curves, new H3("Metrics"), metrics, new H3("Params"), params);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            runId = UUID.fromString(event.getRouteParameters().get("runId").orElseThrow());
            refresh();
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Run", "?"));
            event.forwardTo("experiments");
        }
    }

    private void refresh() {
        RunView run = tracking.run(runId);
        running = !run.status().terminal();
        heading.setText("Run " + run.name());
        RunView.Lineage l = run.lineage();
        summary.setText(run.status() + " · started by " + run.userId() + (run.endTime() == null ? "" : " · took "
                + (run.endTime() - run.startTime()) / 1000.0 + " s") + (l.versionId() == null ? ""
                : " · dataset version " + l.versionId().substring(0, 12) + ", split " + l.splitId()));
        params.setItems(run.params().entrySet().stream().toList());
        metrics.setItems(run.metrics().values());
        Map<String, List<List<Double>>> series = new LinkedHashMap<>();
        for (String key : run.metrics().keySet()) {
            series.put(key, tracking.history(runId, key).stream()
                    .map(p -> List.of((double) p.step(), p.value())).toList());
        }
        curves.setOption(EChart.linesOption("Learning curves", "step", series));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(2000);
        poll = event.getUI().addPollListener(e -> {
            if (running) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }
}
