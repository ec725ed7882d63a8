package io.charter.ui.study;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.charter.common.data.PageQuery;
import io.charter.project.service.ProjectService;
import io.charter.study.domain.StudyState;
import io.charter.study.service.StudyService;
import io.charter.study.service.StudyView;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Polling;
import io.charter.ui.base.Texts;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * A project's hyperparameter-tuning studies and architecture searches, newest first: kind,
 * sampler, pruner, state, trials done of the budget and the best value so far. A click opens the
 * study; the table refreshes every two seconds while any study is running.
 */
@Route(value = "projects/:projectId/studies", layout = MainLayout.class)
@PageTitle("Tuning studies · Charter")
public class StudiesView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final ProjectService projects;
    private final Paragraph project = new Paragraph();
    private final Grid<StudyView> grid = new Grid<>(StudyView.class, false);
    private UUID projectId;
    private boolean active;

    @Inject
    public StudiesView(StudyService studies, ProjectService projects, CurrentUser user) {
        this.studies = studies;
        this.projects = projects;
        project.setId("studies-project");

        Button create = new Button("New study", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui ->
                ui.navigate(NewStudyView.class, new RouteParameters("projectId", projectId.toString()))));
        create.setId("new-study");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(user.hasAny(Role.builders()));

        grid.setId("study-grid");
        grid.addColumn(StudyView::name).setHeader("Study").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(StudyView::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(s -> s.spec().sampler()).setHeader("Sampler").setAutoWidth(true);
        grid.addColumn(s -> s.spec().pruner()).setHeader("Pruner").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(s -> Studies.badge(s.state()))).setHeader("State").setAutoWidth(true);
        grid.addColumn(Studies::doneOfTotal).setHeader("Trials done").setAutoWidth(true);
        grid.addColumn(s -> s.best() == null ? "" : Studies.value(s.best().value()) + " (#" + s.best().number() + ")")
                .setHeader("Best value").setAutoWidth(true);
        grid.addColumn(StudyView::objectiveText).setHeader("Objective").setAutoWidth(true);
        grid.addColumn(s -> Texts.minutes(s.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StudyDetailView.class,
                new RouteParameters("studyId", e.getItem().id().toString()))));

        add(new H2("Tuning studies"), project, new HorizontalLayout(create), grid);
        Polling.whileAttached(this, 2000, () -> active, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UiErrorHandling.openOrForward(event, "projectId", "Project", "projects", id -> {
            projectId = id;
            project.setText("Project " + projects.get(projectId).name() + ": each study runs its trials as training "
                    + "jobs, chooses their hyperparameters (or, for NAS, network architectures) with its sampler and "
                    + "stops hopeless ones early with its pruner.");
            refresh();
        });
    }

    private void refresh() {
        List<StudyView> items = studies.list(projectId, PageQuery.of(0, PageQuery.MAX_SIZE, "createdAt,desc", null,
                StudyService.SORTABLE, "createdAt,desc")).items();
        active = items.stream().anyMatch(s -> s.state() == StudyState.RUNNING);
        grid.setItems(items);
    }
}
