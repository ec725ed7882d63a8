package io.charter.ui.dataset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.server.streams.DownloadEvent;
import io.charter.common.error.CharterException;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.VersionView;
import io.charter.governance.data.split.SplitMethod;
import io.charter.governance.data.split.SplitRole;
import io.charter.governance.data.split.SplitSpec;
import io.charter.split.service.SplitCommand;
import io.charter.split.service.SplitJobs;
import io.charter.split.service.SplitService;
import io.charter.split.service.SplitView;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.FormErrors;
import io.charter.ui.base.JobProgress;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The splits of a dataset (seed §3.3): define one on a version — holdout, stratified, k-fold,
 * time-based, walk-forward or group-aware — watch the rows being assigned, then read what was
 * verified and how many rows each role and fold got, and download the training or validation
 * rows. The test rows are locked: there is no download for them.
 */
@Route(value = "datasets/:datasetId/splits", layout = MainLayout.class)
@PageTitle("Splits · Charter")
public class SplitsView extends VerticalLayout implements BeforeEnterObserver {

    private final SplitService splits;
    private final SplitJobs jobs;
    private final DatasetService datasets;
    private final CurrentUser user;
    private final Grid<SplitView> grid = new Grid<>(SplitView.class, false);
    private final Select<VersionView> version = new Select<>();
    private final TextField name = new TextField("Name");
    private final Select<SplitMethod> method = new Select<>();
    private final NumberField train = new NumberField("Train share");
    private final NumberField validation = new NumberField("Validation share");
    private final NumberField test = new NumberField("Test share");
    private final IntegerField seed = new IntegerField("Seed");
    private final IntegerField folds = new IntegerField("Folds");
    private final ComboBox<String> stratify = new ComboBox<>("Stratify by");
    private final ComboBox<String> time = new ComboBox<>("Time column");
    private final ComboBox<String> group = new ComboBox<>("Group column");
    private final FormErrors errors = new FormErrors();
    private final JobProgress progress = new JobProgress("split", this::refreshSelected);
    private final Div details = new Div();
    private UUID datasetId;
    private SplitView selected;

    @Inject
    public SplitsView(SplitService splits, SplitJobs jobs, DatasetService datasets, CurrentUser user) {
        this.splits = splits;
        this.jobs = jobs;
        this.datasets = datasets;
        this.user = user;

        grid.setId("split-grid");
        grid.addColumn(SplitView::name).setHeader("Split");
        grid.addColumn(s -> s.spec().method()).setHeader("Method");
        grid.addColumn(s -> s.versionId().substring(0, 12) + "…").setHeader("Version");
        grid.addColumn(s -> s.job().status()).setHeader("Status");
        grid.addColumn(SplitView::createdBy).setHeader("Created by");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> select(e.getItem()));

        version.setLabel("Version");
        version.setItemLabelGenerator(v -> v.id().substring(0, 12) + " (" + v.rowCount() + " rows)");
        version.addValueChangeListener(e -> columns(e.getValue()));
        method.setLabel("Method");
        method.setId("split-method");
        method.setItems(SplitMethod.values());
        method.addValueChangeListener(e -> showParameters(e.getValue()));
        name.setId("split-name");
        train.setValue(0.7);
        validation.setValue(0.15);
        test.setValue(0.15);
        seed.setValue(42);
        folds.setValue(5);
        errors.field("name", name).field("spec.method", method).field("spec.trainRatio", train)
                .field("spec.validationRatio", validation).field("spec.testRatio", test).field("spec.folds", folds)
                .field("spec.stratifyColumn", stratify).field("spec.timeColumn", time)
                .field("spec.groupColumn", group).field("spec.seed", seed);
        Button create = new Button("Create split", e -> create());
        create.setId("create-split");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(version, name, method, train, validation, test, folds, seed,
                stratify, time, group, create);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setVisible(user.hasAny(Role.builders()));
        method.setValue(SplitMethod.STRATIFIED);

        details.setId("split-details");
        details.setWidthFull();
        add(new H2("Splits"), new Paragraph("Every method first holds out a locked test share: its rows are read "
                        + "only by the final evaluation of a model, never by training, tuning or preprocessing."),
                form, grid, progress, details);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            datasetId = UUID.fromString(event.getRouteParameters().get("datasetId").orElseThrow());
            List<VersionView> versions = datasets.versions(datasetId);
            version.setItems(versions);
            if (!versions.isEmpty()) {
                version.setValue(versions.get(0));
            }
            stratify.setValue(datasets.get(datasetId).targetColumn());
            refresh();
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Dataset", "?"));
            event.forwardTo("projects");
        }
    }

    private void columns(VersionView v) {
        List<String> names = v == null ? List.of() : v.columns().stream().map(VersionView.Column::name).toList();
        stratify.setItems(names);
        time.setItems(names);
        group.setItems(names);
    }

    private void showParameters(SplitMethod m) {
        boolean kfold = m == SplitMethod.KFOLD || m == SplitMethod.STRATIFIED_KFOLD || m == SplitMethod.WALK_FORWARD
                || m == SplitMethod.GROUP;
        boolean holdout = m != SplitMethod.KFOLD && m != SplitMethod.STRATIFIED_KFOLD && m != SplitMethod.WALK_FORWARD;
        train.setVisible(holdout);
        validation.setVisible(holdout);
        folds.setVisible(kfold);
        if (m == SplitMethod.GROUP) {
            folds.setHelperText("empty: holdout by group");
        }
        stratify.setVisible(m == SplitMethod.STRATIFIED || m == SplitMethod.STRATIFIED_KFOLD);
        time.setVisible(m == SplitMethod.TIME || m == SplitMethod.WALK_FORWARD);
        group.setVisible(m == SplitMethod.GROUP);
    }

    private void create() {
        SplitMethod m = method.getValue();
        SplitSpec spec = new SplitSpec(m, train.isVisible() ? train.getValue() : null,
                validation.isVisible() ? validation.getValue() : null, test.getValue(),
                seed.getValue() == null ? null : seed.getValue().longValue(),
                folds.isVisible() ? folds.getValue() : null, stratify.isVisible() ? stratify.getValue() : null,
                time.isVisible() ? time.getValue() : null, group.isVisible() ? group.getValue() : null);
        VersionView v = version.getValue();
        errors.run(() -> {
            UUID id = splits.create(datasetId, new SplitCommand(v == null ? null : v.id(), name.getValue(), spec)).id;
            jobs.submit(user.tenant(), id);
            Notifications.success("Assigning rows for split " + name.getValue());
            name.clear();
            refresh();
            select(splits.get(id));
        });
    }

    private void refresh() {
        grid.setItems(splits.list(datasetId));
    }

    private void select(SplitView s) {
        selected = s;
        details.removeAll();
        refreshSelected();
    }

    private void refreshSelected() {
        if (selected == null) {
            return;
        }
        selected = splits.get(selected.id());
        boolean active = progress.show(selected.job(), "Assigning rows", "Assigned");
        if (!active && details.getChildren().findAny().isEmpty() && selected.summary() != null) {
            details.add(SplitSummaryPanel.of(selected, this::download));
            refresh();
        }
    }

    /** A download of the TRAIN or VALIDATION rows of a fold; there is none for TEST. */
    private Anchor download(SplitRole role, int fold) {
        UUID id = selected.id();
        String label = role.name().toLowerCase() + (selected.summary().folds() > 1 ? " fold " + fold : "");
        Anchor a = new Anchor((DownloadEvent event) -> {
            SplitService.SplitRows rows = splits.trainingRows(id, role, fold);
            event.setFileName("split-" + label.replace(' ', '-') + ".csv");
            event.setContentType("text/csv");
            rows.writeCsv(event.getOutputStream());
        }, "Download " + label + " rows (CSV)");
        a.setId("download-" + role.name().toLowerCase() + "-" + fold);
        return a;
    }
}
