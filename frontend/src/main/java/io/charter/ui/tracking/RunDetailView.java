package io.charter.ui.tracking;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.charter.artifact.ArtifactStore;
import io.charter.tenancy.CurrentUser;
import io.charter.tracking.service.MetricPoint;
import io.charter.tracking.service.RunUpdates;
import io.charter.tracking.service.RunView;
import io.charter.tracking.service.TrackingService;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.JobLogs;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
import io.charter.ui.base.EChart;
import io.charter.ui.base.LiveUpdates;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Polling;
import io.charter.ui.base.UiErrorHandling;
import io.charter.ui.training.JobPanel;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One run: status, lineage, params, latest metrics and the learning curves of every metric,
 * pushed to the page as the worker or an MLflow client logs them (and polled every
 * {@code charter.ui.run-poll-seconds}, default ten, while the run or its job is still going, for
 * runs another server replica records). A run made by a training
 * job also shows the job (state, progress, logs, cancel) and, once finished, its evaluation and
 * fairness verdicts; a run logged by an MLflow client shows only what the client logged.
 */
@Route(value = "runs/:runId", layout = MainLayout.class)
@PageTitle("Run · Charter")
public class RunDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final TrackingService tracking;
    private final TrainingJobService jobs;
    private final CurrentUser user;
    private final JobPanel job;
    private final EvaluationPanel evaluation;
    private final H2 heading = new H2("Run");
    private final Paragraph summary = new Paragraph();
    private final Grid<Map.Entry<String, String>> params = new Grid<>();
    private final Grid<MetricPoint> metrics = new Grid<>(MetricPoint.class, false);
    private final EChart curves = EChart.lines("Learning curves", "step", Map.of());
    private final LiveUpdates live;
    private UUID runId;
    private boolean running;
    private boolean evaluated;

    @Inject
    public RunDetailView(TrackingService tracking, TrainingJobService jobs, JobDispatcher dispatcher, JobLogs logs,
                         ArtifactStore artifacts, CurrentUser user, RunUpdates updates,
                         @ConfigProperty(name = "charter.ui.run-poll-seconds", defaultValue = "10") int pollSeconds) {
        this.tracking = tracking;
        this.jobs = jobs;
        this.user = user;
        this.job = new JobPanel(jobs, dispatcher, logs, user, this::refresh);
        this.evaluation = new EvaluationPanel(artifacts);
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
        add(heading, summary, job, new H3("Learning curves"), curves, evaluation, new H3("Metrics"), metrics,
                new H3("Params"), params);
        // pushed while this server process records the run; the poll covers runs another replica records
        live = LiveUpdates.whileAttached(this, listener -> updates.subscribe(runId, listener), this::refresh);
        Polling.whileAttached(this, (int) Math.min(Integer.MAX_VALUE, pollSeconds * 1000L), () -> running,
                this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UiErrorHandling.openOrForward(event, "runId", "Run", "experiments", id -> {
            runId = id;
            evaluated = false;
            live.restart(); // the same page shown for another run keeps its attachment
            refresh();
        });
    }

    private void refresh() {
        RunView run = tracking.run(runId);
        Optional<TrainingJobView> made = jobs.ofRun(runId);
        job.setVisible(made.isPresent());
        boolean jobActive = made.map(job::show).orElse(false);
        running = !run.status().terminal() || jobActive;
        if (!running && !evaluated) {
            evaluated = evaluation.show(user.tenant(), made.map(TrainingJobView::projectId)
                    .orElseGet(() -> tracking.experiment(run.experimentId()).projectId()), runId);
        }
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
}
