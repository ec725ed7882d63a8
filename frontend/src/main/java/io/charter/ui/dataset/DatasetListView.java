package io.charter.ui.dataset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import io.charter.common.data.PageQuery;
import io.charter.common.error.CharterException;
import io.charter.dataset.domain.SourceType;
import io.charter.dataset.service.DatasetCommand;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.DatasetView;
import io.charter.dataset.service.DemoDatasetService;
import io.charter.project.service.ProjectService;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.Texts;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/** A project's datasets (seed §1.3): list them and register a new one with its provenance. */
@Route(value = "projects/datasets", layout = MainLayout.class)
@PageTitle("Datasets · Charter")
public class DatasetListView extends VerticalLayout implements HasUrlParameter<String> {

    private final DatasetService datasets;
    private final DemoDatasetService demos;
    private final ProjectService projects;
    private final boolean canWrite;
    private final H2 heading = new H2();
    private final Grid<DatasetView> grid = new Grid<>(DatasetView.class, false);
    private UUID projectId;

    @Inject
    public DatasetListView(DatasetService datasets, DemoDatasetService demos, ProjectService projects,
                           CurrentUser user) {
        this.datasets = datasets;
        this.demos = demos;
        this.projects = projects;
        this.canWrite = user.hasAny(Role.builders());
        setSizeFull();
        Button create = new Button("New dataset", VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("new-dataset");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(canWrite);
        Button demo = new Button("Create demo dataset", VaadinIcon.MAGIC.create(), e -> openDemoDialog());
        demo.setId("demo-dataset");
        demo.setEnabled(canWrite);
        grid.setId("dataset-grid");
        grid.addColumn(DatasetView::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(DatasetView::sourceType).setHeader("Source");
        grid.addColumn(d -> d.containsPersonalData() ? "yes" : "no").setHeader("Personal data");
        grid.addColumn(d -> Texts.orEmpty(d.targetColumn())).setHeader("Target");
        grid.addColumn(DatasetView::owner).setHeader("Owner");
        grid.addColumn(d -> Texts.minutes(d.updatedAt())).setHeader("Updated");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DatasetDetailView.class,
                e.getItem().id().toString())));
        add(heading, new Paragraph("Datasets are versioned: every upload is stored once, under the SHA-256 of its "
                + "bytes, with its schema and where it came from."), new HorizontalLayout(create, demo), grid);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            projectId = UUID.fromString(parameter);
            heading.setText("Datasets — " + projects.get(projectId).name());
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Project", parameter));
            event.forwardTo("projects");
            return;
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(datasets.list(projectId, PageQuery.of(0, PageQuery.MAX_SIZE, null, null,
                DatasetService.SORTABLE, "createdAt,desc")).items());
    }

    private void openDemoDialog() {
        IntegerField rows = new IntegerField("Rows");
        rows.setValue(5000);
        rows.setMin(100);
        rows.setMax((int) DemoDatasetService.MAX_ROWS);
        NumberField bias = new NumberField("Injected bias (log-odds of default for gender = female)");
        bias.setValue(0.8);
        bias.setStep(0.1);
        FormErrors errors = new FormErrors().field("rows", rows).field("bias", bias);
        Dialog dialog = new Dialog("Create demo dataset");
        dialog.add(new Paragraph("A synthetic credit-scoring dataset: applicants with age, gender, region, "
                + "employment, income and debt, an application date, and whether they defaulted. The bias makes "
                + "default more likely for women on purpose, so fairness checks have something to find."),
                new FormLayout(rows, bias));
        Button create = new Button("Create", e -> errors.run(() -> {
            DemoDatasetService.Demo demo = demos.create(projectId, new DemoDatasetService.DemoRequest(
                    rows.getValue() == null ? null : rows.getValue().longValue(), bias.getValue(), null));
            dialog.close();
            Notifications.success("Created " + demo.dataset().name() + " with " + demo.version().rowCount() + " rows");
            getUI().ifPresent(ui -> ui.navigate(DatasetDetailView.class, demo.dataset().id().toString()));
        }));
        create.setId("create-demo");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.open();
    }

    private void openCreateDialog() {
        TextField name = new TextField("Name");
        name.setId("dataset-name");
        TextArea description = new TextArea("Description");
        Select<SourceType> source = new Select<>();
        source.setLabel("Source");
        source.setItems(SourceType.values());
        source.setValue(SourceType.INTERNAL);
        TextField origin = new TextField("Origin");
        TextField collection = new TextField("Collection method");
        TextField licence = new TextField("Licence");
        TextArea biases = new TextArea("Known biases");
        Checkbox personal = new Checkbox("Contains personal data");
        TextField target = new TextField("Target column");
        target.setId("dataset-target");
        FormErrors errors = new FormErrors().field("name", name).field("description", description)
                .field("origin", origin).field("collectionMethod", collection).field("licence", licence)
                .field("knownBiases", biases).field("targetColumn", target);
        Dialog dialog = new Dialog("New dataset");
        Button save = new Button("Create", e -> errors.run(() -> {
            DatasetView created = datasets.create(projectId, new DatasetCommand(name.getValue(),
                    Texts.orNull(description.getValue()), source.getValue(), Texts.orNull(origin.getValue()),
                    Texts.orNull(collection.getValue()), Texts.orNull(licence.getValue()),
                    Texts.orNull(biases.getValue()), personal.getValue(), null, Texts.orNull(target.getValue()),
                    Map.of(), null));
            dialog.close();
            Notifications.success("Created dataset " + created.name());
            getUI().ifPresent(ui -> ui.navigate(DatasetDetailView.class, created.id().toString()));
        }));
        save.setId("create-dataset");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, source, description, origin, collection, licence, biases, target, personal));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
