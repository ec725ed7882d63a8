package io.charter.ui.study;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.charter.study.domain.StudyKind;
import io.charter.study.domain.StudyState;
import io.charter.study.service.StudyCommand;
import io.charter.study.service.StudyDriver;
import io.charter.study.service.StudyService;
import io.charter.study.service.StudyView;
import io.charter.study.service.TrialView;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.training.service.Conflicts;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.TrainingJobView;
import io.charter.ui.base.EChart;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.Polling;
import io.charter.ui.base.Texts;
import io.charter.ui.base.UiErrorHandling;
import io.charter.ui.training.JobsView;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One tuning study or architecture search: what it searches and how, its progress through the
 * trial budget (done, running, pruned, failed, time left), stopping and resuming it, the best
 * trial with a link to its run and training a final model with its parameters, and the analyses
 * of an Optuna dashboard — optimisation history with the best value so far, parallel coordinates,
 * parameter importance, the intermediate values the pruner watched, and for NAS the Pareto front
 * of objective against cost — above every trial. Refreshes every two seconds while the study runs.
 */
@Route(value = "studies/:studyId", layout = MainLayout.class)
@PageTitle("Study · Charter")
public class StudyDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final StudyDriver driver;
    private final JobDispatcher dispatcher;
    private final boolean builder;
    private final H2 heading = new H2("Study");
    private final Div stateBadge = new Div();
    private final Paragraph summary = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Button stop = new Button("Stop study", VaadinIcon.STOP.create());
    private final Button resume = new Button("Resume study", VaadinIcon.PLAY.create());
    private final Anchor runs = new Anchor("", "All trial runs");
    private final VerticalLayout best = new VerticalLayout();
    private final Paragraph bestValue = new Paragraph();
    private final Paragraph bestParams = new Paragraph();
    private final Anchor bestRun = new Anchor("", "Open its run");
    private final Button trainFinal = new Button("Train final model with these parameters", VaadinIcon.COGS.create());
    private final EChart history = chart("study-history", "360px");
    private final EChart parallel = chart("study-parallel", "380px");
    private final EChart importance = chart("study-importance", "260px");
    private final EChart intermediate = chart("study-intermediate", "360px");
    private final EChart pareto = chart("study-pareto", "380px");
    private final H3 paretoHeading = new H3("Pareto front");
    private final Grid<TrialView> trials = new Grid<>(TrialView.class, false);
    private UUID studyId;
    private StudyView study;
    private boolean running;

    @Inject
    public StudyDetailView(StudyService studies, StudyDriver driver, JobDispatcher dispatcher, CurrentUser user) {
        this.studies = studies;
        this.driver = driver;
        this.dispatcher = dispatcher;
        this.builder = user.hasAny(Role.builders());
        stateBadge.setId("study-state-badge");
        HorizontalLayout title = new HorizontalLayout(heading, stateBadge);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        summary.setId("study-summary");
        progress.setId("study-progress");
        progress.setWidth("32em");
        progressText.setId("study-progress-text");
        stop.setId("stop-study");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> stop());
        resume.setId("resume-study");
        resume.addClickListener(e -> resume());
        runs.setId("study-runs");
        HorizontalLayout actions = new HorizontalLayout(stop, resume, runs);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout progressBox = new VerticalLayout(progressText, progress);
        progressBox.setPadding(false);
        progressBox.setSpacing(false);

        configureBest();
        configureTrials();
        add(title, summary, progressBox, actions, best,
                new H3("Optimisation history"), history,
                new H3("Parallel coordinates"), parallel,
                new H3("Parameter importance"), importance,
                new H3("Intermediate values"), intermediate,
                paretoHeading, pareto,
                new H3("Trials"), trials);
        Polling.whileAttached(this, 2000, () -> running, this::refresh);
    }

    private static EChart chart(String id, String height) {
        EChart chart = new EChart(Map.of());
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight(height);
        return chart;
    }

    private void configureBest() {
        best.setId("best-trial");
        best.setPadding(true);
        best.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        bestValue.setId("best-trial-value");
        bestParams.setId("best-trial-params");
        bestRun.setId("best-trial-run");
        trainFinal.setId("train-final");
        trainFinal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        trainFinal.setTooltipText("Submits a TRAIN job with this trial's hyperparameters into the project's first "
                + "experiment; it appears on the project's training jobs page");
        trainFinal.addClickListener(e -> trainFinal());
        trainFinal.setVisible(false);
        HorizontalLayout links = new HorizontalLayout(bestRun, trainFinal);
        links.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        best.add(new H3("Best trial"), bestValue, bestParams, links);
    }

    private void configureTrials() {
        trials.setId("trial-grid");
        trials.addColumn(t -> "#" + t.number()).setHeader("Trial").setAutoWidth(true).setFlexGrow(0);
        trials.addColumn(new ComponentRenderer<>(t -> Studies.badge(t.state()))).setHeader("State").setAutoWidth(true);
        trials.addColumn(t -> Studies.value(t.value()) + (t.value() != null && !t.feasible() ? " (infeasible)" : ""))
                .setHeader("Value").setAutoWidth(true);
        trials.addColumn(t -> Studies.params(t.params())).setHeader("Parameters").setFlexGrow(3);
        trials.addColumn(t -> t.extraValues() == null || t.extraValues().isEmpty() ? ""
                : t.extraValues().stream().map(Studies::param).collect(Collectors.joining(", ")))
                .setHeader("Cost").setKey("cost").setAutoWidth(true);
        trials.addColumn(t -> t.prunedRung() == null ? "" : t.prunedRung().toString()).setHeader("Rung")
                .setAutoWidth(true);
        trials.addColumn(t -> Texts.orEmpty(t.reason())).setHeader("Reason").setFlexGrow(2);
        trials.addColumn(new ComponentRenderer<>(t -> t.runId() == null ? new Span()
                : new Anchor("runs/" + t.runId(), "Run"))).setHeader("Run").setAutoWidth(true);
        trials.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UiErrorHandling.openOrForward(event, "studyId", "Study", "projects", id -> {
            studyId = id;
            refresh();
        });
    }

    private void refresh() {
        study = studies.get(studyId);
        List<TrialView> all = studies.trials(studyId);
        running = study.state() == StudyState.RUNNING;
        heading.setText("Study " + study.name());
        stateBadge.removeAll();
        stateBadge.add(Studies.badge(study.state()));
        summary.setText(summary(study));
        progress.setValue(Studies.fraction(study));
        progressText.setText(Studies.progressText(study));
        stop.setVisible(builder && study.state() == StudyState.RUNNING);
        resume.setVisible(builder && study.state() == StudyState.STOPPED);
        runs.setHref("experiments/" + study.experimentId());
        showBest(study.best());

        boolean nas = study.kind() == StudyKind.NAS;
        history.setOption(StudyCharts.history(study, all));
        parallel.setOption(StudyCharts.parallel(study, all));
        importance.setOption(StudyCharts.importance(studies.importance(studyId)));
        intermediate.setOption(StudyCharts.intermediate(study, all));
        paretoHeading.setVisible(nas);
        pareto.setVisible(nas);
        if (nas) {
            pareto.setOption(StudyCharts.pareto(study, all, studies.paretoFront(studyId)));
        }
        trials.getColumnByKey("cost").setVisible(nas);
        trials.setItems(all);
    }

    private static String summary(StudyView s) {
        StudyCommand c = s.spec();
        List<String> parts = new ArrayList<>();
        parts.add(s.kind() + " study");
        parts.add("objective " + s.objectiveText());
        parts.add("sampler " + c.sampler());
        parts.add("pruner " + c.pruner() + (c.pruning() == null ? "" : " on " + c.pruning().metric()));
        parts.add("budget " + c.maxTrials() + " trials, " + c.parallelism() + " at a time"
                + (c.timeBudgetSeconds() == null ? "" : ", " + Studies.duration(c.timeBudgetSeconds()) + " of running"));
        parts.add("trains " + c.trial().algorithm() + (c.trial().hyperparameters().isEmpty() ? ""
                : " with " + Studies.params(c.trial().hyperparameters())));
        if (c.nas() != null) {
            parts.add("architectures of " + c.nas().minLayers() + "–" + c.nas().maxLayers() + " hidden layers, widths "
                    + c.nas().widths() + ", cost " + c.nas().costMetric());
        }
        if (c.constraints() != null && !c.constraints().isEmpty()) {
            parts.add("constraints " + c.constraints().stream().map(k -> k.metric()
                    + (k.min() == null ? "" : " ≥ " + k.min()) + (k.max() == null ? "" : " ≤ " + k.max()))
                    .collect(Collectors.joining(", ")));
        }
        parts.add("seed " + c.seed());
        parts.add("created by " + s.createdBy() + " " + Texts.minutes(s.createdAt()));
        if (s.reason() != null) {
            parts.add(s.reason());
        }
        return String.join(" · ", parts);
    }

    private void showBest(TrialView t) {
        trainFinal.setVisible(builder && t != null);
        bestRun.setVisible(t != null && t.runId() != null);
        if (t == null) {
            bestValue.setText("No completed feasible trial yet.");
            bestParams.setText("");
            return;
        }
        bestValue.setText("Trial #" + t.number() + ": " + study.spec().objective().metric() + " = "
                + Studies.value(t.value()));
        bestParams.setText("Parameters: " + Studies.params(t.params()));
        if (t.runId() != null) {
            bestRun.setHref("runs/" + t.runId());
        }
    }

    private void stop() {
        // retried when a trial's job changed under its worker; a study that has just completed is a 409
        Conflicts.retry(() -> studies.stop(studyId));
        dispatcher.wake(); // the cancelled trials' slots can go to other queued jobs
        Notifications.success("Stopped " + study.name() + "; its running trials are cancelled");
        refresh();
    }

    private void resume() {
        Conflicts.retry(() -> studies.resume(studyId));
        driver.wake(); // after resume's transaction committed
        Notifications.success("Resumed " + study.name());
        refresh();
    }

    private void trainFinal() {
        TrialView t = study.best();
        TrainingJobView job = studies.trainFinal(studyId, t.number());
        dispatcher.wake(); // after trainFinal's transaction committed
        Notifications.success("Queued the final " + job.algorithm() + " model with trial #" + t.number()
                + "'s parameters");
        getUI().ifPresent(ui -> ui.navigate(JobsView.class, new RouteParameters("projectId",
                study.projectId().toString())));
    }
}
