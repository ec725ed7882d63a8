package io.charter.ui.dataset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import io.charter.common.error.CharterException;
import io.charter.jobs.JobStatus;
import io.charter.governance.pipeline.InvalidPipelineException;
import io.charter.governance.pipeline.PipelineSpec;
import io.charter.governance.pipeline.PipelineSpecs;
import io.charter.pipeline.service.FitCommand;
import io.charter.pipeline.service.FitJobs;
import io.charter.pipeline.service.FitView;
import io.charter.pipeline.service.PipelineCommand;
import io.charter.pipeline.service.PipelineService;
import io.charter.pipeline.service.PipelineView;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Preprocessing pipelines of a dataset (seed §3.4): write a spec as JSON (each save of a name is a
 * new revision), fit it on the training rows of a split — never on validation or test rows — and
 * download the fitted pipeline that training and serving apply.
 */
@Route(value = "datasets/:datasetId/pipelines", layout = MainLayout.class)
@PageTitle("Pipelines · Charter")
public class PipelinesView extends VerticalLayout implements BeforeEnterObserver {

    private final PipelineService pipelines;
    private final FitJobs fitJobs;
    private final SplitService splits;
    private final CurrentUser user;
    private final Grid<PipelineView> grid = new Grid<>(PipelineView.class, false);
    private final TextField name = new TextField("Name");
    private final TextArea spec = new TextArea("Spec (JSON)");
    private final FormErrors errors = new FormErrors();
    private final H3 selectedHeading = new H3();
    private final Select<SplitView> split = new Select<>();
    private final IntegerField fold = new IntegerField("Fold");
    private final HorizontalLayout fitForm;
    private final Grid<FitView> fits = new Grid<>(FitView.class, false);
    private final JobProgress progress = new JobProgress("fit", this::refreshFit);
    private final Div fitDetails = new Div();
    private UUID datasetId;
    private PipelineView selected;
    private FitView fit;

    @Inject
    public PipelinesView(PipelineService pipelines, FitJobs fitJobs, SplitService splits, CurrentUser user) {
        this.pipelines = pipelines;
        this.fitJobs = fitJobs;
        this.splits = splits;
        this.user = user;
        boolean builder = user.hasAny(Role.builders());

        grid.setId("pipeline-grid");
        grid.addColumn(PipelineView::name).setHeader("Pipeline");
        grid.addColumn(PipelineView::revision).setHeader("Revision");
        grid.addColumn(p -> p.spec().steps().size()).setHeader("Steps");
        grid.addColumn(PipelineView::createdBy).setHeader("Saved by");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> select(e.getItem()));

        name.setId("pipeline-name");
        spec.setId("pipeline-spec");
        spec.setWidthFull();
        spec.setMinHeight("16em");
        spec.getStyle().set("font-family", "monospace");
        spec.setValue(PipelineExamples.CREDIT);
        errors.field("name", name).field("spec", spec);
        Button save = new Button("Save revision", e -> save());
        save.setId("save-pipeline");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout editor = new VerticalLayout(name, spec, save);
        editor.setPadding(false);
        editor.setVisible(builder);

        split.setLabel("Split");
        split.setId("fit-split");
        split.setItemLabelGenerator(s -> s.name() + " (" + s.spec().method() + ")");
        fold.setValue(0);
        fold.setMin(0);
        Button fitButton = new Button("Fit on training rows", e -> fit());
        fitButton.setId("fit-pipeline");
        fitForm = new HorizontalLayout(split, fold, fitButton);
        fitForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fitForm.setVisible(false);

        fits.setId("fit-grid");
        fits.addColumn(f -> f.job().status()).setHeader("Status");
        fits.addColumn(f -> f.fold()).setHeader("Fold");
        fits.addColumn(f -> f.outputColumns().size()).setHeader("Output columns");
        fits.addColumn(FitView::createdBy).setHeader("Fitted by");
        fits.setAllRowsVisible(true);
        fits.addItemClickListener(e -> showFit(e.getItem()));
        fitDetails.setId("fit-details");
        fitDetails.setWidthFull();

        add(new H2("Preprocessing pipelines"), new Paragraph("Steps run in order: impute, cap outliers, scale, "
                        + "encode (one-hot, ordinal, target), log / Box-Cox, bin, interactions, drop. Every statistic "
                        + "is learned from the TRAIN rows of the chosen split only, so nothing leaks from validation "
                        + "or test rows."), editor, grid, selectedHeading, fitForm, fits, progress, fitDetails);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            datasetId = UUID.fromString(event.getRouteParameters().get("datasetId").orElseThrow());
            grid.setItems(pipelines.list(datasetId));
            split.setItems(splits.list(datasetId).stream().filter(s -> s.job().status() == JobStatus.SUCCEEDED)
                    .toList());
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Dataset", "?"));
            event.forwardTo("projects");
        }
    }

    private void save() {
        PipelineSpec parsed;
        try {
            parsed = PipelineSpecs.parse(spec.getValue());
        } catch (InvalidPipelineException e) {
            FormErrors.mark(spec, e.problems().stream().map(p -> p.path() + ": " + p.message())
                    .collect(Collectors.joining("; ")));
            return;
        }
        errors.run(() -> {
            PipelineView saved = pipelines.create(datasetId, new PipelineCommand(name.getValue(), parsed));
            Notifications.success("Saved " + saved.name() + " revision " + saved.revision());
            grid.setItems(pipelines.list(datasetId));
            select(saved);
        });
    }

    private void select(PipelineView p) {
        selected = p;
        selectedHeading.setText("Fits of " + p.name() + " revision " + p.revision());
        fitForm.setVisible(user.hasAny(Role.builders()));
        fits.setItems(pipelines.fits(p.id()));
        fitDetails.removeAll();
    }

    private void fit() {
        SplitView s = split.getValue();
        if (s == null) {
            FormErrors.mark(split, "Choose a planned split");
            return;
        }
        try {
            UUID id = pipelines.fit(selected.id(), new FitCommand(s.id(), fold.getValue())).id;
            fitJobs.submit(user.tenant(), id);
            showFit(pipelines.getFit(id));
        } catch (RuntimeException e) {
            UiErrorHandling.show(e);
        }
    }

    private void showFit(FitView f) {
        fit = f;
        fitDetails.removeAll();
        refreshFit();
    }

    private void refreshFit() {
        if (fit == null) {
            return;
        }
        fit = pipelines.getFit(fit.id());
        boolean active = progress.show(fit.job(), "Fitting", "Fitted on");
        fits.setItems(pipelines.fits(selected.id()));
        if (!active && fit.job().status() == JobStatus.SUCCEEDED && fitDetails.getChildren().findAny().isEmpty()) {
            UUID id = fit.id();
            Anchor json = new Anchor((DownloadEvent event) -> {
                event.setFileName("pipeline-" + id + ".json");
                event.setContentType("application/json");
                try (InputStream in = pipelines.artifact(id); OutputStream out = event.getOutputStream()) {
                    in.transferTo(out);
                }
            }, "Download fitted pipeline (JSON)");
            json.setId("download-fitted");
            Paragraph outputs = new Paragraph("Model inputs (" + fit.outputColumns().size() + "): "
                    + String.join(", ", fit.outputColumns()));
            outputs.setId("fit-outputs");
            fitDetails.add(outputs, json);
        }
    }
}
