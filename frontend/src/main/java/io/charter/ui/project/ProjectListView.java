package io.charter.ui.project;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.charter.common.data.PageQuery;
import io.charter.common.data.PageResult;
import io.charter.project.service.ProjectService;
import io.charter.project.service.ProjectView;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Texts;
import jakarta.inject.Inject;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tenant's projects: search, sort and page through them; open or create one. */
@Route(value = "projects", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Projects · Charter")
public class ProjectListView extends VerticalLayout {

    private final ProjectService projects;
    private final Grid<ProjectView> grid = new Grid<>(ProjectView.class, false);
    private final TextField search = new TextField();

    @Inject
    public ProjectListView(ProjectService projects, CurrentUser user) {
        this.projects = projects;
        setSizeFull();

        search.setPlaceholder("Search name or problem statement");
        search.setId("project-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(PageQuery.MAX_QUERY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button create = new Button("New project", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ProjectEditorView.class, "new")));
        create.setId("new-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(user.hasAny(Role.builders()));

        grid.setId("project-grid");
        grid.addColumn(ProjectView::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(2);
        grid.addColumn(p -> p.taskType().name().replace('_', ' ').toLowerCase()).setHeader("ML task")
                .setKey("taskType").setSortable(true);
        grid.addColumn(p -> p.kpis().stream().map(k -> k.metric() + (k.direction().name().equals("MAXIMIZE")
                ? " ≥ " : " ≤ ") + k.threshold()).collect(Collectors.joining(", "))).setHeader("KPIs");
        grid.addColumn(ProjectView::status).setHeader("Status").setKey("status").setSortable(true);
        grid.addColumn(p -> Texts.minutes(p.updatedAt())).setHeader("Updated").setKey("updatedAt").setSortable(true);
        grid.addColumn(ProjectView::createdBy).setHeader("Created by");
        grid.setItems(this::fetch, q -> (int) page(q).total());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProjectEditorView.class,
                e.getItem().id().toString())));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(new H2("Projects"), new Paragraph("Each project starts with a problem charter (what to solve and how "
                + "success is measured) and an ethics charter that a compliance officer approves."), toolbar, grid);
    }

    private Stream<ProjectView> fetch(Query<ProjectView, Void> q) {
        return page(q).items().stream();
    }

    private PageResult<ProjectView> page(Query<ProjectView, Void> q) {
        String sort = q.getSortOrders().stream().findFirst()
                .map(o -> o.getSorted() + "," + (o.getDirection() == SortDirection.ASCENDING ? "asc" : "desc"))
                .orElse("updatedAt,desc");
        // the grid asks for whole pages (offset divisible by limit); the count query asks for everything
        int size = Math.min(q.getPageSize(), PageQuery.MAX_SIZE);
        int page = q.getLimit() == Integer.MAX_VALUE ? 0 : q.getPage();
        return projects.list(PageQuery.of(page, size, sort, search.getValue(),
                ProjectService.SORTABLE, "updatedAt,desc"));
    }

}
