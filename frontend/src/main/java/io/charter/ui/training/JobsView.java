package io.charter.ui.training;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.charter.common.data.PageQuery;
import io.charter.project.service.ProjectService;
import io.charter.scheduler.job.JobState;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.Polling;
import io.charter.ui.base.Texts;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * A project's training and evaluation jobs, newest first: what each trains, its state and
 * progress, a link to the run it records into, and cancelling the ones still going. The table
 * refreshes every two seconds while any job is not finished, so a queued job is seen starting.
 */
@Route(value = "projects/:projectId/jobs", layout = MainLayout.class)
@PageTitle("Training jobs · Charter")
public class JobsView extends VerticalLayout implements BeforeEnterObserver {

    private final TrainingJobService jobs;
    private final JobDispatcher dispatcher;
    private final ProjectService projects;
    private final boolean builder;
    private final Paragraph project = new Paragraph();
    private final Select<JobState> state = new Select<>();
    private final Grid<TrainingJobView> grid = new Grid<>(TrainingJobView.class, false);
    private UUID projectId;
    private boolean active;

    @Inject
    public JobsView(TrainingJobService jobs, JobDispatcher dispatcher, ProjectService projects, CurrentUser user) {
        this.jobs = jobs;
        this.dispatcher = dispatcher;
        this.projects = projects;
        this.builder = user.hasAny(Role.builders());
        project.setId("jobs-project");

        state.setLabel("State");
        state.setId("job-state-filter");
        state.setItems(JobState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("All states");
        state.addValueChangeListener(e -> refresh());

        Button create = new Button("New training job", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui ->
                ui.navigate(NewJobView.class, new RouteParameters("projectId", projectId.toString()))));
        create.setId("new-job");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(builder);
        HorizontalLayout toolbar = new HorizontalLayout(state, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(new H2("Training jobs"), project, toolbar, grid);
        Polling.whileAttached(this, 2000, () -> active, this::refresh);
    }

    private void configureGrid() {
        grid.setId("job-grid");
        grid.addColumn(TrainingJobView::algorithm).setHeader("Algorithm").setAutoWidth(true);
        grid.addColumn(TrainingJobView::type).setHeader("Type");
        grid.addColumn(new ComponentRenderer<>(j -> TrainingJobs.badge(j.state()))).setHeader("State");
        grid.addColumn(j -> j.attempt() + "/" + j.maxAttempts()).setHeader("Attempt");
        grid.addColumn(new ComponentRenderer<>(JobsView::progress)).setHeader("Progress").setWidth("14em");
        grid.addColumn(j -> j.queue() == null ? "" : JobPanel.queueLine(j)).setHeader("Waiting because")
                .setFlexGrow(1);
        grid.addColumn(j -> Texts.minutes(j.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UiErrorHandling.openOrForward(event, "projectId", "Project", "projects", id -> {
            projectId = id;
            project.setText("Project " + projects.get(projectId).name() + ": each job trains one model on a "
                    + "fitted preprocessing pipeline and records it as a run.");
            refresh();
        });
    }

    private void refresh() {
        JobState filter = state.getValue();
        List<TrainingJobView> items = jobs.list(projectId, filter == null ? null : filter.name(), PageQuery.of(0,
                PageQuery.MAX_SIZE, "createdAt,desc", null, TrainingJobService.SORTABLE, "createdAt,desc")).items();
        active = items.stream().anyMatch(j -> !j.state().isTerminal());
        grid.setItems(items);
    }

    private static Component progress(TrainingJobView job) {
        Span text = new Span(TrainingJobs.progressText(job));
        if (job.state().isTerminal() || TrainingJobs.fraction(job) == null) {
            return text;
        }
        ProgressBar bar = new ProgressBar(0, 1, TrainingJobs.fraction(job));
        VerticalLayout cell = new VerticalLayout(text, bar);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private Component actions(TrainingJobView job) {
        HorizontalLayout actions = new HorizontalLayout(new Anchor("runs/" + job.runId(), "Run"));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (builder && !job.state().isTerminal()) {
            Button cancel = new Button("Cancel", e -> cancel(job));
            cancel.setId("cancel-job-" + job.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(cancel);
        }
        return actions;
    }

    private void cancel(TrainingJobView job) {
        TrainingJobs.cancel(jobs, dispatcher, job.id()); // a job that has just ended is a 409 the global handler shows
        Notifications.success("Cancelled the " + job.algorithm() + " job");
        refresh();
    }
}
