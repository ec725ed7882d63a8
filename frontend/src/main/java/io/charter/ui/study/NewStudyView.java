package io.charter.ui.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.charter.dataset.service.DatasetService;
import io.charter.governance.eval.TaskType;
import io.charter.pipeline.service.FitView;
import io.charter.pipeline.service.PipelineService;
import io.charter.project.domain.Kpi;
import io.charter.project.service.ProjectService;
import io.charter.project.service.ProjectView;
import io.charter.study.service.StudyCommand;
import io.charter.study.service.StudyDriver;
import io.charter.study.service.StudyService;
import io.charter.study.service.StudyView;
import io.charter.training.service.TrainingJobService;
import io.charter.ui.base.FormErrors;
import io.charter.ui.training.FitPicker;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.Texts;
import io.charter.ui.base.UiErrorHandling;
import io.charter.worker.training.AlgorithmDefinition;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates a tuning study or an architecture search: the objective (a run metric and its
 * direction; empty means the project's first KPI), the sampler and pruner, the budget, and the
 * trial template — data as on the new-job form (dataset → pipeline → fitted pipeline), an
 * algorithm of the project's task, the search space as JSON (prefilled with an example for the
 * algorithm; NAS samplers search architectures instead and take a few NAS settings) and the fixed
 * hyperparameters every trial shares. The server checks everything before the study starts; its
 * problems are shown beside the fields they name ({@code searchSpace.<param>} on the JSON area).
 */
@Route(value = "projects/:projectId/studies/new", layout = MainLayout.class)
@PageTitle("New study · Charter")
public class NewStudyView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> SAMPLERS = List.of("TPE", "RANDOM", "GRID", "NAS_RANDOM", "NAS_EVOLUTION");
    static final List<String> PRUNERS = List.of("NONE", "MEDIAN", "SUCCESSIVE_HALVING", "ASHA", "HYPERBAND");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StudyService studies;
    private final StudyDriver driver;
    private final ProjectService projects;
    private final TrainingJobService jobs;
    private final Paragraph project = new Paragraph();
    private final TextField name = new TextField("Name");
    private final TextField objective = new TextField("Objective metric");
    private final Select<String> direction = FitPicker.select("Direction", "study-direction");
    private final Select<String> sampler = FitPicker.select("Sampler", "study-sampler");
    private final Select<String> pruner = FitPicker.select("Pruner", "study-pruner");
    private final TextField pruningMetric = new TextField("Pruning metric (per step)");
    private final IntegerField maxTrials = new IntegerField("Max trials");
    private final IntegerField parallelism = new IntegerField("Parallel trials");
    private final IntegerField timeBudget = new IntegerField("Time budget (s)");
    private final IntegerField seed = new IntegerField("Seed");
    private final FitPicker data;
    private final Select<FitView> fit;
    private final Select<AlgorithmDefinition> algorithm = FitPicker.select("Algorithm", "study-algorithm");
    private final TextArea searchSpace = new TextArea("Search space (JSON)");
    private final IntegerField nasMaxLayers = new IntegerField("NAS: max hidden layers");
    private final TextField nasWidths = new TextField("NAS: layer widths");
    private final TextField nasCost = new TextField("NAS: cost metric (second objective)");
    private final FormLayout nas = new FormLayout(nasMaxLayers, nasWidths, nasCost);
    private final TextArea fixed = new TextArea("Fixed hyperparameters (JSON)");
    private final TextField constraintMetric = new TextField("Constraint: metric");
    private final NumberField constraintMax = new NumberField("Constraint: at most");
    private final Paragraph formError = new Paragraph();
    private final RouterLink back = new RouterLink();
    private UUID projectId;
    private TaskType task;

    @Inject
    public NewStudyView(StudyService studies, StudyDriver driver, ProjectService projects, DatasetService datasets,
                        PipelineService pipelines, TrainingJobService jobs) {
        this.studies = studies;
        this.driver = driver;
        this.projects = projects;
        this.jobs = jobs;
        this.data = new FitPicker("study", datasets, pipelines);
        this.fit = data.fit();
        configureStudy();
        configureTrial();
        formError.setId("study-form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        Button submit = new Button("Start study", e -> submit());
        submit.setId("submit-study");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.setId("back-to-studies");
        HorizontalLayout actions = new HorizontalLayout(submit, back);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("New study"), project,
                new H3("Study"), new FormLayout(name, objective, direction, sampler, pruner, pruningMetric),
                new H3("Budget"), new FormLayout(maxTrials, parallelism, timeBudget, seed),
                new H3("Trial data"), data,
                new H3("What each trial trains"), algorithm, searchSpace, nas, fixed,
                new H3("Constraint (optional)"), new FormLayout(constraintMetric, constraintMax),
                formError, actions);
    }


    private void configureStudy() {
        name.setId("study-name");
        name.setRequired(true);
        objective.setId("study-objective");
        direction.setItems("MAXIMIZE", "MINIMIZE");
        direction.setValue("MAXIMIZE");
        sampler.setItems(SAMPLERS);
        sampler.setValue("TPE");
        sampler.setHelperText("TPE learns from earlier trials; NAS_* search MLP architectures");
        sampler.addValueChangeListener(e -> showSpace());
        pruner.setItems(PRUNERS);
        pruner.setValue("NONE");
        pruner.addValueChangeListener(e -> pruningMetric.setVisible(!"NONE".equals(e.getValue())));
        pruningMetric.setId("study-pruning-metric");
        pruningMetric.setHelperText("a metric the worker reports every round or epoch");
        pruningMetric.setVisible(false);
        maxTrials.setId("study-max-trials");
        maxTrials.setValue(20);
        maxTrials.setMin(1);
        maxTrials.setMax(1000);
        parallelism.setId("study-parallelism");
        parallelism.setValue(2);
        parallelism.setMin(1);
        parallelism.setMax(32);
        timeBudget.setId("study-time-budget");
        timeBudget.setMin(1);
        timeBudget.setPlaceholder("no limit");
        seed.setId("study-seed");
        seed.setValue(42);
    }


    private void configureTrial() {
        algorithm.setItemLabelGenerator(a -> a.name() + " (" + a.library() + ")");
        algorithm.addValueChangeListener(e -> algorithmChosen(e.getOldValue(), e.getValue()));
        searchSpace.setId("study-search-space");
        searchSpace.setWidthFull();
        searchSpace.setMinHeight("9em");
        searchSpace.setHelperText("{\"<param>\": {\"type\": \"float\"|\"int\"|\"categorical\", \"low\", \"high\", "
                + "\"log\", \"step\", \"choices\", \"condition\": {\"param\", \"in\"}}}; searched values override the "
                + "fixed hyperparameters below");
        searchSpace.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        nas.setId("study-nas");
        nasMaxLayers.setId("study-nas-max-layers");
        nasMaxLayers.setMin(1);
        nasMaxLayers.setMax(16);
        nasMaxLayers.setPlaceholder("4");
        nasWidths.setId("study-nas-widths");
        nasWidths.setPlaceholder("16, 32, 64, 128, 256");
        nasCost.setId("study-nas-cost");
        nasCost.setPlaceholder("predict_latency_p99_ms");
        nasCost.setHelperText("lower is better, e.g. predict_latency_p99_ms or model_size_bytes");
        nas.setVisible(false);
        fixed.setId("study-hyperparameters");
        fixed.setWidthFull();
        fixed.setValue("{}");
        fixed.setHelperText("every trial's values for what is not searched, e.g. {\"numRounds\": 30}");
        fixed.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        constraintMetric.setId("study-constraint-metric");
        constraintMetric.setPlaceholder("predict_latency_p99_ms");
        constraintMetric.setHelperText("a trial above the bound is infeasible, never the best");
        constraintMax.setId("study-constraint-max");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UiErrorHandling.openOrForward(event, "projectId", "Project", "projects", id -> {
            projectId = id;
            load(projects.get(projectId));
        });
    }

    private void load(ProjectView p) {
        back.setRoute(StudiesView.class, new RouteParameters("projectId", projectId.toString()));
        back.setText("Back to studies");
        data.load(projectId);
        task = FitPicker.trainable(p.taskType() == null ? null : p.taskType().name());
        List<AlgorithmDefinition> catalog = FitPicker.algorithms(jobs.algorithms(), task);
        algorithm.setItems(catalog);
        Kpi kpi = p.kpis() == null || p.kpis().isEmpty() ? null : p.kpis().get(0);
        if (kpi != null) {
            objective.setPlaceholder(kpi.metric());
            objective.setHelperText("empty: the project's first KPI, " + kpi.metric() + " (" + kpi.direction() + ")");
            direction.setValue(kpi.direction().name());
        } else if (task != null) {
            objective.setValue(defaultMetric(task));
            direction.setValue(task == TaskType.REGRESSION ? "MINIMIZE" : "MAXIMIZE");
            objective.setHelperText("a metric every trial's run reports");
        }
        project.setText("Project " + p.name() + " · task " + (p.taskType() == null ? "not set"
                : p.taskType().name()) + (catalog.isEmpty() ? " — Charter has no trainable algorithm for it yet"
                : " · each trial is a training job of the chosen algorithm"));
    }


    /** The run metric a study of the task usually optimises (the evaluation's sklearn scorer names). */
    static String defaultMetric(TaskType task) {
        return switch (task) {
            case BINARY_CLASSIFICATION -> "roc_auc";
            case MULTICLASS_CLASSIFICATION -> "f1_macro";
            case REGRESSION -> "root_mean_squared_error";
            case CLUSTERING -> "silhouette";
            default -> "";
        };
    }

    private boolean isNas() {
        return sampler.getValue() != null && sampler.getValue().startsWith("NAS_");
    }

    /** NAS samplers search architectures (of the MLP), HPO samplers the JSON space. */
    private void showSpace() {
        boolean nasStudy = isNas();
        searchSpace.setVisible(!nasStudy);
        nas.setVisible(nasStudy);
        if (nasStudy && (algorithm.isEmpty() || !"mlp".equals(algorithm.getValue().name()))) {
            algorithm.getListDataView().getItems().filter(a -> a.name().equals("mlp")).findFirst()
                    .ifPresent(algorithm::setValue);
        }
    }

    /** Prefills the examples of the chosen algorithm; a pruning metric the user typed is kept. */
    private void algorithmChosen(AlgorithmDefinition before, AlgorithmDefinition chosen) {
        if (chosen == null) {
            return;
        }
        searchSpace.setValue(SearchSpaceExamples.searchSpace(chosen, task));
        fixed.setValue(SearchSpaceExamples.fixed(chosen));
        String previous = SearchSpaceExamples.stepMetric(before == null ? null : before.name());
        if (pruningMetric.isEmpty() || pruningMetric.getValue().equals(previous)) {
            pruningMetric.setValue(SearchSpaceExamples.stepMetric(chosen.name()));
        }
    }

    private FormErrors errors() {
        return new FormErrors().field("name", name).field("objective", objective).field("objective.metric", objective)
                .field("objective.direction", direction).field("sampler", sampler).field("samplerOptions", sampler)
                .field("pruner", pruner).field("pruning", pruningMetric).field("pruning.metric", pruningMetric)
                .field("maxTrials", maxTrials).field("parallelism", parallelism)
                .field("timeBudgetSeconds", timeBudget).field("seed", seed)
                .field("trial.pipelineFitId", fit).field("trial.algorithm", algorithm)
                .field("trial.hyperparameters", fixed).field("searchSpace", searchSpace)
                .field("nas", nasWidths).field("nas.maxLayers", nasMaxLayers).field("nas.costMetric", nasCost)
                .field("constraints", constraintMetric).field("constraints[0]", constraintMetric)
                .unmatched(formError);
    }

    private void submit() {
        FormErrors errors = errors();
        errors.clear();
        boolean ok = true;
        if (fit.isEmpty()) {
            FormErrors.mark(fit, "Choose a fitted pipeline");
            ok = false;
        }
        if (algorithm.isEmpty()) {
            FormErrors.mark(algorithm, "Choose an algorithm");
            ok = false;
        }
        Map<String, Object> space = isNas() ? null : json(searchSpace);
        Map<String, Object> hyperparameters = json(fixed);
        List<Integer> widths = isNas() ? widths() : null;
        if (!ok || (!isNas() && space == null) || hyperparameters == null || (isNas() && widths == null
                && !nasWidths.isEmpty())) {
            return;
        }
        StudyCommand command = command(space, hyperparameters, widths);
        errors.run(() -> {
            StudyView study = studies.create(projectId, command);
            driver.wake(); // after create's transaction committed
            Notifications.success("Started study " + study.name() + ": " + study.spec().maxTrials() + " trials, "
                    + study.spec().parallelism() + " at a time");
            getUI().ifPresent(ui -> ui.navigate(StudyDetailView.class,
                    new RouteParameters("studyId", study.id().toString())));
        });
    }

    private StudyCommand command(Map<String, Object> space, Map<String, Object> hyperparameters, List<Integer> widths) {
        String metric = Texts.orNull(objective.getValue());
        StudyCommand.Objective goal = metric == null ? null : new StudyCommand.Objective(metric, direction.getValue());
        String constraint = Texts.orNull(constraintMetric.getValue());
        List<StudyCommand.Constraint> constraints = constraint == null ? List.of()
                : List.of(new StudyCommand.Constraint(constraint, null, constraintMax.getValue()));
        StudyCommand.Nas nasSpace = isNas() ? new StudyCommand.Nas(null, nasMaxLayers.getValue(), widths, null, null,
                null, Texts.orNull(nasCost.getValue()), null, null, null, null) : null;
        StudyCommand.Pruning pruning = "NONE".equals(pruner.getValue()) ? null : new StudyCommand.Pruning(
                Texts.orNull(pruningMetric.getValue()), null, null, null, null, null, null);
        return new StudyCommand(name.getValue(), goal, constraints, space, nasSpace, sampler.getValue(), null,
                pruner.getValue(), pruning, maxTrials.getValue(), parallelism.getValue(),
                timeBudget.getValue() == null ? null : timeBudget.getValue().longValue(),
                seed.getValue() == null ? null : seed.getValue().longValue(),
                new StudyCommand.TrialTemplate(fit.getValue().id(), algorithm.getValue().name(), hyperparameters,
                        null, null));
    }

    /** The area's JSON object, or null after marking the area when it is not one. */
    private static Map<String, Object> json(TextArea area) {
        String text = area.getValue() == null || area.getValue().isBlank() ? "{}" : area.getValue();
        try {
            return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            FormErrors.mark(area, "Not a JSON object: " + e.getOriginalMessage());
            return null;
        }
    }

    /** "16, 32, 64" as [16, 32, 64]; null (after marking the field) when it is not a list of integers. */
    private List<Integer> widths() {
        if (nasWidths.isEmpty()) {
            return null;
        }
        try {
            return Arrays.stream(nasWidths.getValue().split(",")).map(String::strip).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            FormErrors.mark(nasWidths, "Write widths as whole numbers separated by commas, e.g. 32, 64, 128");
            return null;
        }
    }
}
