package io.charter.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.charter.common.data.PageQuery;
import io.charter.dataset.service.DatasetService;
import io.charter.governance.eval.TaskType;
import io.charter.pipeline.service.FitView;
import io.charter.pipeline.service.PipelineService;
import io.charter.project.service.ProjectService;
import io.charter.project.service.ProjectView;
import io.charter.scheduler.job.JobType;
import io.charter.tracking.service.ExperimentView;
import io.charter.tracking.service.TrackingService;
import io.charter.training.service.JobCommand;
import io.charter.training.service.JobDispatcher;
import io.charter.training.service.TrainingJobService;
import io.charter.training.service.TrainingJobView;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.Texts;
import io.charter.ui.base.UiErrorHandling;
import io.charter.worker.training.AlgorithmDefinition;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Submits a TRAIN job: the data come from a fitted preprocessing pipeline (dataset → pipeline →
 * fit, only fits that succeeded), the model from an algorithm of the project's task with fields
 * generated from the catalog, then seed, resources and where the run is recorded. The server
 * checks everything before queuing; its problems are shown beside the fields they name.
 */
@Route(value = "projects/:projectId/jobs/new", layout = MainLayout.class)
@PageTitle("New training job · Charter")
public class NewJobView extends VerticalLayout implements BeforeEnterObserver {

    private final TrainingJobService jobs;
    private final JobDispatcher dispatcher;
    private final ProjectService projects;
    private final TrackingService tracking;
    private final Paragraph project = new Paragraph();
    private final FitPicker data;
    private final Select<FitView> fit;
    private final Select<AlgorithmDefinition> algorithm = FitPicker.select("Algorithm", "job-algorithm");
    private final Div hyperparameters = new Div();
    private final IntegerField seed = new IntegerField("Seed");
    private final NumberField cpu = new NumberField("CPU cores");
    private final IntegerField memory = new IntegerField("Memory (MiB)");
    private final IntegerField gpus = new IntegerField("GPUs");
    private final IntegerField maxAttempts = new IntegerField("Max attempts");
    private final IntegerField maxRuntime = new IntegerField("Max runtime per attempt (min)");
    private final TextField runName = new TextField("Run name");
    private final Select<ExperimentView> experiment = FitPicker.select("Experiment", "job-experiment");
    private final Paragraph formError = new Paragraph();
    private final RouterLink back = new RouterLink();
    private HyperparameterFields fields;
    private UUID projectId;
    private TaskType task;

    @Inject
    public NewJobView(TrainingJobService jobs, JobDispatcher dispatcher, ProjectService projects,
                      DatasetService datasets, PipelineService pipelines, TrackingService tracking) {
        this.jobs = jobs;
        this.dispatcher = dispatcher;
        this.projects = projects;
        this.tracking = tracking;
        this.data = new FitPicker("job", datasets, pipelines);
        this.fit = data.fit();
        configureRun();
        algorithm.setItemLabelGenerator(a -> a.name() + " (" + a.library() + ")");
        algorithm.addValueChangeListener(e -> showHyperparameters(e.getValue()));
        hyperparameters.setWidthFull();
        formError.setId("job-form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        Button submit = new Button("Submit job", e -> submit());
        submit.setId("submit-job");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.setId("back-to-jobs");
        HorizontalLayout actions = new HorizontalLayout(submit, back);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("New training job"), project, new H3("Data"), data,
                new H3("Algorithm"), algorithm, hyperparameters, new H3("Resources and run"),
                new FormLayout(seed, cpu, memory, gpus, maxAttempts, maxRuntime, runName, experiment), formError,
                actions);
    }



    private void configureRun() {
        seed.setValue(42);
        cpu.setValue(1.0);
        cpu.setMin(0.1);
        cpu.setMax(64);
        cpu.setStep(0.1);
        memory.setValue(2048);
        memory.setMin(256);
        memory.setMax(262_144);
        gpus.setValue(0);
        gpus.setMin(0);
        gpus.setMax(8);
        maxAttempts.setValue(3);
        maxAttempts.setMin(1);
        maxAttempts.setMax(JobCommand.MAX_ATTEMPTS);
        maxRuntime.setId("job-max-runtime");
        maxRuntime.setMin(1);
        maxRuntime.setMax((int) (JobCommand.MAX_RUNTIME_SECONDS / 60));
        maxRuntime.setPlaceholder("the executor's default");
        maxRuntime.setHelperText("Kubernetes stops an attempt that runs longer (activeDeadlineSeconds)");
        runName.setPlaceholder("algorithm and time");
        runName.setId("job-run-name");
        experiment.setItemLabelGenerator(e -> e == null ? "" : e.name()); // null: the empty-selection item
        experiment.setEmptySelectionAllowed(true);
        experiment.setEmptySelectionCaption("The project's first experiment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UiErrorHandling.openOrForward(event, "projectId", "Project", "projects", id -> {
            projectId = id;
            load(projects.get(projectId));
        });
    }

    private void load(ProjectView p) {
        back.setRoute(JobsView.class, new RouteParameters("projectId", projectId.toString()));
        back.setText("Back to training jobs");
        data.load(projectId);
        experiment.setItems(tracking.experiments(projectId, PageQuery.of(0, PageQuery.MAX_SIZE, "createdAt,asc",
                null, TrackingService.SORTABLE, "createdAt,asc")).items());
        task = FitPicker.trainable(p.taskType() == null ? null : p.taskType().name());
        List<AlgorithmDefinition> catalog = FitPicker.algorithms(jobs.algorithms(), task);
        algorithm.setItems(catalog);
        project.setText("Project " + p.name() + " · task " + (p.taskType() == null ? "not set"
                : p.taskType().name()) + (catalog.isEmpty() ? " — Charter has no trainable algorithm for it yet"
                : " · " + catalog.size() + " algorithms"));
    }


    private void showHyperparameters(AlgorithmDefinition a) {
        hyperparameters.removeAll();
        fields = a == null ? null : new HyperparameterFields(a, task);
        if (fields != null) {
            hyperparameters.add(new Paragraph(a.summary()), fields);
        }
    }

    private void submit() {
        FormErrors errors = errors();
        errors.clear();
        if (fit.isEmpty() || algorithm.isEmpty()) {
            if (fit.isEmpty()) {
                FormErrors.mark(fit, "Choose a fitted pipeline");
            }
            if (algorithm.isEmpty()) {
                FormErrors.mark(algorithm, "Choose an algorithm");
            }
            return;
        }
        JobCommand command = command();
        errors.run(() -> {
            TrainingJobView job = jobs.submit(projectId, command);
            dispatcher.wake(); // after submit's transaction committed
            Notifications.success("Queued " + job.algorithm() + " job, attempt 1 of " + job.maxAttempts());
            toJobs();
        });
    }

    private JobCommand command() {
        ExperimentView e = experiment.getValue();
        return new JobCommand(JobType.TRAIN, fit.getValue().id(), new JobCommand.AlgorithmChoice(
                algorithm.getValue().name(), fields.values()), null, null, null, e == null ? null : e.id(),
                Texts.orNull(runName.getValue()), seed.getValue() == null ? null : seed.getValue().longValue(),
                new JobCommand.ResourceRequest(cpu.getValue(), memory.getValue() == null ? null
                        : memory.getValue().longValue(), gpus.getValue()), maxAttempts.getValue(),
                maxRuntime.getValue() == null ? null : maxRuntime.getValue() * 60L);
    }

    /** The form's error map for the fields shown now (the hyperparameter fields change with the algorithm). */
    private FormErrors errors() {
        FormErrors errors = new FormErrors().field("pipelineFitId", fit).field("algorithm", algorithm)
                .field("seed", seed).field("resources.cpu", cpu).field("resources.memoryMb", memory)
                .field("resources.gpus", gpus).field("maxAttempts", maxAttempts).field("maxRuntimeSeconds", maxRuntime)
                .field("runName", runName)
                .field("experimentId", experiment).unmatched(formError);
        if (fields != null) {
            fields.register(errors);
        }
        return errors;
    }

    private void toJobs() {
        getUI().ifPresent(ui -> ui.navigate(JobsView.class, new RouteParameters("projectId", projectId.toString())));
    }
}
