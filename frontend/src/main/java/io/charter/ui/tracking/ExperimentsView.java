package io.charter.ui.tracking;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.charter.common.data.PageQuery;
import io.charter.project.service.ProjectService;
import io.charter.project.service.ProjectView;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.tracking.service.ExperimentView;
import io.charter.tracking.service.TrackingCommands.NewExperiment;
import io.charter.tracking.service.TrackingService;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Texts;
import io.charter.ui.study.StudiesView;
import io.charter.ui.training.JobsView;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Experiments of a project (seed §4): pick the project, see its experiments, create one. Runs
 * logged through the MLflow API without a project tag land in the "Default" project.
 */
@Route(value = "experiments", layout = MainLayout.class)
@PageTitle("Experiments · Charter")
public class ExperimentsView extends VerticalLayout {

    private final TrackingService tracking;
    private final Select<ProjectView> project = new Select<>();
    private final Grid<ExperimentView> grid = new Grid<>(ExperimentView.class, false);
    private final TextField name = new TextField("New experiment");
    private final FormErrors errors = new FormErrors();
    private final Button trainingJobs = new Button("Training jobs", VaadinIcon.COGS.create());
    private final Button tuningStudies = new Button("Tuning studies", VaadinIcon.SLIDERS.create());

    @Inject
    public ExperimentsView(TrackingService tracking, ProjectService projects, CurrentUser user) {
        this.tracking = tracking;
        project.setLabel("Project");
        project.setId("experiment-project");
        project.setItemLabelGenerator(ProjectView::name);
        project.setItems(projects.list(PageQuery.of(0, PageQuery.MAX_SIZE, "name,asc", null, ProjectService.SORTABLE,
                "name,asc")).items());
        project.addValueChangeListener(e -> refresh());
        trainingJobs.setId("open-jobs");
        trainingJobs.setEnabled(false);
        trainingJobs.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(JobsView.class,
                new RouteParameters("projectId", project.getValue().id().toString()))));
        tuningStudies.setId("open-studies");
        tuningStudies.setEnabled(false);
        tuningStudies.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StudiesView.class,
                new RouteParameters("projectId", project.getValue().id().toString()))));
        HorizontalLayout picker = new HorizontalLayout(project, trainingJobs, tuningStudies);
        picker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("experiment-grid");
        grid.addColumn(ExperimentView::name).setHeader("Experiment").setSortable(false);
        grid.addColumn(ExperimentView::description).setHeader("Description");
        grid.addColumn(ExperimentView::createdBy).setHeader("Created by");
        grid.addColumn(e -> Texts.minutes(e.createdAt())).setHeader("Created");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RunsView.class,
                new RouteParameters(Map.of("experimentId", e.getItem().id().toString())))));

        name.setId("experiment-name");
        errors.field("name", name);
        Button create = new Button("Create", e -> create());
        create.setId("create-experiment");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setVisible(user.hasAny(Role.builders()));
        add(new H2("Experiments"), new Paragraph("Runs are tracked here by training jobs and by MLflow clients "
                + "(MLFLOW_TRACKING_URI = this server, MLFLOW_TRACKING_TOKEN = your bearer token). Training jobs "
                + "of the chosen project are under \"Training jobs\", its hyperparameter-tuning studies and architecture "
                + "searches under \"Tuning studies\"."), picker, form, grid);
    }

    private void refresh() {
        ProjectView p = project.getValue();
        trainingJobs.setEnabled(p != null);
        tuningStudies.setEnabled(p != null);
        grid.setItems(p == null ? java.util.List.of() : tracking.experiments(p.id(), PageQuery.of(0,
                PageQuery.MAX_SIZE, "createdAt,desc", null, TrackingService.SORTABLE, "createdAt,desc")).items());
    }

    private void create() {
        ProjectView p = project.getValue();
        if (p == null) {
            FormErrors.mark(project, "Choose a project");
            return;
        }
        errors.run(() -> {
            tracking.createExperiment(p.id(), new NewExperiment(name.getValue(), null, null));
            name.clear();
            refresh();
        });
    }
}
