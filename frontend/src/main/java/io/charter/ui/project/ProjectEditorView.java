package io.charter.ui.project;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.charter.common.error.CharterException;
import io.charter.project.domain.Constraints;
import io.charter.project.domain.Kpi;
import io.charter.project.domain.ProjectStatus;
import io.charter.project.domain.TaskType;
import io.charter.project.service.ProjectCommand;
import io.charter.project.service.ProjectService;
import io.charter.project.service.ProjectView;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Texts;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.RowListEditor;
import io.charter.ui.base.UiErrorHandling;
import io.charter.ui.charter.CharterEditorView;
import io.charter.ui.dataset.DatasetListView;
import io.charter.ui.study.StudiesView;
import io.charter.ui.training.JobsView;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Creates or edits a project's problem charter (seed §1.2): problem, task, KPIs, constraints, scope. */
@Route(value = "projects/edit", layout = MainLayout.class)
@PageTitle("Project · Charter")
public class ProjectEditorView extends VerticalLayout implements HasUrlParameter<String> {

    private final ProjectService projects;
    private final boolean canWrite;

    private final H2 heading = new H2();
    private final TextField name = new TextField("Name");
    private final TextArea problemStatement = new TextArea("Problem statement");
    private final TextArea businessNeed = new TextArea("Business need");
    private final Select<TaskType> taskType = new Select<>();
    private final RowListEditor<Kpi> kpis = new RowListEditor<>("KPIs (success criteria)", "Add KPI", KpiRow::new);
    private final IntegerField p99LatencyMs = new IntegerField("p99 latency (ms)");
    private final NumberField throughputRps = new NumberField("Throughput (requests/s)");
    private final NumberField maxModelSizeMb = new NumberField("Max model size (MB)");
    private final TextArea scopeIn = new TextArea("In scope");
    private final TextArea scopeOut = new TextArea("Out of scope");
    private final TextArea stakeholders = new TextArea("Stakeholders (one per line)");
    private final TextArea dataFeasibility = new TextArea("Data feasibility");
    private final Select<ProjectStatus> status = new Select<>();
    private final Button save = new Button("Save", VaadinIcon.CHECK.create());
    private final Button charter = new Button("Ethics charter", VaadinIcon.SCALE.create());
    private final Button datasets = new Button("Datasets", VaadinIcon.DATABASE.create());
    private final Button trainingJobs = new Button("Training jobs", VaadinIcon.COGS.create());
    private final Button tuningStudies = new Button("Tuning studies", VaadinIcon.SLIDERS.create());
    private final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    private final FormErrors errors = new FormErrors();

    private ProjectView current;

    @Inject
    public ProjectEditorView(ProjectService projects, CurrentUser user) {
        this.projects = projects;
        this.canWrite = user.hasAny(Role.builders());
        setMaxWidth("1100px");

        heading.setId("project-title");
        name.setId("project-name");
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        problemStatement.setId("project-problem");
        problemStatement.setRequiredIndicatorVisible(true);
        problemStatement.setHelperText("The pain point or opportunity, in the stakeholders' words — the need, "
                + "not the solution (\"raise retention by 10%\", not \"an AI to predict churn\").");
        businessNeed.setHelperText("The tangible impact the business expects.");
        taskType.setLabel("ML task");
        taskType.setId("project-task");
        taskType.setItems(TaskType.values());
        taskType.setItemLabelGenerator(t -> t.name().replace('_', ' ').toLowerCase());
        taskType.setRequiredIndicatorVisible(true);
        status.setLabel("Status");
        status.setItems(ProjectStatus.values());
        dataFeasibility.setHelperText("Availability, quality, quantity and timeliness of the data; resources needed.");
        for (TextArea area : List.of(problemStatement, businessNeed, scopeIn, scopeOut, stakeholders, dataFeasibility)) {
            area.setMaxLength(4000);
        }

        errors.field("name", name).field("problemStatement", problemStatement).field("businessNeed", businessNeed)
                .field("taskType", taskType).field("constraints.p99LatencyMs", p99LatencyMs)
                .field("constraints.throughputRps", throughputRps).field("constraints.maxModelSizeMb", maxModelSizeMb)
                .field("scopeIn", scopeIn).field("scopeOut", scopeOut).field("stakeholders", stakeholders)
                .field("dataFeasibility", dataFeasibility).list("kpis", kpis);

        FormLayout form = new FormLayout(name, taskType, problemStatement, businessNeed, p99LatencyMs, throughputRps,
                maxModelSizeMb, status, scopeIn, scopeOut, stakeholders, dataFeasibility);
        form.setColspan(problemStatement, 2);
        form.setColspan(businessNeed, 2);

        save.setId("save-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> errors.run(this::save));
        charter.setId("open-charter");
        charter.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CharterEditorView.class,
                current.id().toString())));
        datasets.setId("open-datasets");
        datasets.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DatasetListView.class,
                current.id().toString())));
        trainingJobs.setId("open-jobs");
        trainingJobs.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(JobsView.class,
                new RouteParameters("projectId", current.id().toString()))));
        tuningStudies.setId("open-studies");
        tuningStudies.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StudiesView.class,
                new RouteParameters("projectId", current.id().toString()))));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        save.setEnabled(canWrite);
        delete.setEnabled(canWrite);

        add(heading, form, kpis, new HorizontalLayout(save, charter, datasets, trainingJobs, tuningStudies, delete));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            current = null;
            heading.setText("New project");
            kpis.setValue(List.of());
            status.setValue(ProjectStatus.SCOPING);
        } else {
            try {
                show(projects.get(UUID.fromString(parameter)));
            } catch (IllegalArgumentException | CharterException e) {
                UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Project", parameter));
                event.forwardTo(ProjectListView.class);
                return;
            }
        }
        charter.setVisible(current != null);
        datasets.setVisible(current != null);
        trainingJobs.setVisible(current != null);
        tuningStudies.setVisible(current != null);
        delete.setVisible(current != null);
    }

    private void show(ProjectView p) {
        current = p;
        heading.setText(p.name());
        name.setValue(p.name());
        problemStatement.setValue(p.problemStatement());
        businessNeed.setValue(Texts.orEmpty(p.businessNeed()));
        taskType.setValue(p.taskType());
        kpis.setValue(p.kpis());
        Constraints c = p.constraints();
        p99LatencyMs.setValue(c == null ? null : c.p99LatencyMs());
        throughputRps.setValue(c == null ? null : c.throughputRps());
        maxModelSizeMb.setValue(c == null ? null : c.maxModelSizeMb());
        scopeIn.setValue(Texts.orEmpty(p.scopeIn()));
        scopeOut.setValue(Texts.orEmpty(p.scopeOut()));
        stakeholders.setValue(String.join("\n", p.stakeholders()));
        dataFeasibility.setValue(Texts.orEmpty(p.dataFeasibility()));
        status.setValue(p.status());
    }

    private void save() {
        ProjectCommand command = command();
        ProjectView saved = current == null ? projects.create(command)
                : projects.update(current.id(), current.version(), command);
        Notifications.success("Saved " + saved.name() + " (version " + saved.version() + ")");
        if (current == null) {
            getUI().ifPresent(ui -> ui.navigate(ProjectEditorView.class, saved.id().toString()));
        } else {
            show(saved);
        }
    }

    private ProjectCommand command() {
        Constraints constraints = p99LatencyMs.isEmpty() && throughputRps.isEmpty() && maxModelSizeMb.isEmpty()
                ? null : new Constraints(p99LatencyMs.getValue(), throughputRps.getValue(), maxModelSizeMb.getValue());
        List<String> people = Arrays.stream(stakeholders.getValue().split("\n")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return new ProjectCommand(name.getValue(), problemStatement.getValue(), Texts.orNull(businessNeed.getValue()),
                taskType.getValue(), kpis.getValue(), constraints, Texts.orNull(scopeIn.getValue()),
                Texts.orNull(scopeOut.getValue()), people, Texts.orNull(dataFeasibility.getValue()), status.getValue(),
                null);
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog("Delete " + current.name() + "?",
                "The project and every version of its ethics charter are deleted. The audit trail keeps the record.",
                "Delete", e -> errors.run(() -> {
                    projects.delete(current.id(), current.version());
                    Notifications.success("Deleted " + current.name());
                    getUI().ifPresent(ui -> ui.navigate(ProjectListView.class));
                }));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }



}
