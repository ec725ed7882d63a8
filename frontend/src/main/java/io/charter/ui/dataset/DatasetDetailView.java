package io.charter.ui.dataset;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.charter.common.error.CharterException;
import io.charter.dataset.domain.DataFormat;
import io.charter.dataset.service.DatasetService;
import io.charter.dataset.service.DatasetUploadService;
import io.charter.dataset.service.DatasetView;
import io.charter.dataset.service.VersionView;
import io.charter.tenancy.CurrentUser;
import io.charter.tenancy.Role;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.Notifications;
import io.charter.ui.base.Texts;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * One dataset: its provenance, an upload area with a progress bar for new versions, the version
 * history and the columns of the selected version (inferred and effective type, roles).
 */
@Route(value = "datasets", layout = MainLayout.class)
@PageTitle("Dataset · Charter")
public class DatasetDetailView extends VerticalLayout implements HasUrlParameter<String> {

    private final DatasetService datasets;
    private final DatasetUploadService uploads;
    private final H2 heading = new H2();
    private final Paragraph provenance = new Paragraph();
    private final Upload upload;
    private final Grid<VersionView> versions = new Grid<>(VersionView.class, false);
    private final Grid<VersionView.Column> columns = new Grid<>(VersionView.Column.class, false);
    private final Span selected = new Span();
    private final Button openProfile = new Button("Profile (EDA)", VaadinIcon.BAR_CHART.create());
    private final Button openValidation = new Button("Validation", VaadinIcon.CHECK_SQUARE_O.create());
    private VersionView current;
    private UUID datasetId;

    @Inject
    public DatasetDetailView(DatasetService datasets, DatasetUploadService uploads, CurrentUser user) {
        this.datasets = datasets;
        this.uploads = uploads;
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            try (InputStream in = Files.newInputStream(file.toPath())) {
                DataFormat format = metadata.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")
                        ? DataFormat.PARQUET : DataFormat.CSV;
                DatasetUploadService.Upload result = uploads.upload(datasetId, format, ',', in);
                ui.access(() -> uploaded(result));
            } catch (RuntimeException e) {
                ui.access(() -> UiErrorHandling.show(e));
            } finally {
                file.delete(); // a temp file: a leftover is harmless, an error here would hide the real one
            }
        }));
        upload.setId("dataset-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv", ".parquet");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploads.maxBytes()));
        upload.setVisible(user.hasAny(Role.builders()));

        versions.setId("version-grid");
        versions.addColumn(v -> v.id().substring(0, 12) + "…").setHeader("Version (SHA-256)");
        versions.addColumn(VersionView::rowCount).setHeader("Rows");
        versions.addColumn(v -> v.columns().size()).setHeader("Columns");
        versions.addColumn(VersionView::sizeBytes).setHeader("Bytes");
        versions.addColumn(VersionView::uploadedBy).setHeader("Uploaded by");
        versions.addColumn(v -> Texts.minutes(v.uploadedAt())).setHeader("Uploaded");
        versions.setAllRowsVisible(true);
        versions.addItemClickListener(e -> show(e.getItem()));

        columns.setId("column-grid");
        columns.addColumn(VersionView.Column::name).setHeader("Column");
        columns.addColumn(VersionView.Column::inferredType).setHeader("Inferred type");
        columns.addColumn(VersionView.Column::type).setHeader("Type");
        columns.addColumn(c -> String.join(", ", c.roles())).setHeader("Roles");
        columns.addColumn(VersionView.Column::missing).setHeader("Missing");
        columns.addColumn(c -> c.distinct() + (c.distinctCapped() ? "+" : "")).setHeader("Distinct");
        columns.setAllRowsVisible(true);

        openProfile.setId("open-profile");
        openProfile.setVisible(false);
        openProfile.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProfileView.class,
                new RouteParameters(Map.of("datasetId", datasetId.toString(), "versionId", current.id())))));
        openValidation.setId("open-validation");
        openValidation.setVisible(false);
        openValidation.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ValidationView.class,
                new RouteParameters(Map.of("datasetId", datasetId.toString(), "versionId", current.id())))));
        HorizontalLayout selection = new HorizontalLayout(selected, openProfile, openValidation);
        selection.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button openSplits = new Button("Splits", VaadinIcon.SPLIT.create(), e -> getUI().ifPresent(ui -> ui.navigate(
                SplitsView.class, new RouteParameters("datasetId", datasetId.toString()))));
        openSplits.setId("open-splits");
        Button openPipelines = new Button("Preprocessing pipelines", VaadinIcon.COGS.create(), e -> getUI()
                .ifPresent(ui -> ui.navigate(PipelinesView.class, new RouteParameters("datasetId",
                        datasetId.toString()))));
        openPipelines.setId("open-pipelines");
        add(heading, provenance, new HorizontalLayout(openSplits, openPipelines),
                new H3("Upload a version (CSV in UTF-8, or Parquet)"), upload, new H3("Versions"), versions,
                selection, columns);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            datasetId = UUID.fromString(parameter);
            DatasetView d = datasets.get(datasetId);
            heading.setText(d.name());
            provenance.setText(java.util.stream.Stream.of(d.sourceType().name().toLowerCase() + " source",
                            d.origin() == null ? null : "origin: " + d.origin(),
                            d.collectionMethod() == null ? null : "collected by " + d.collectionMethod(),
                            d.licence() == null ? null : "licence: " + d.licence(),
                            d.containsPersonalData() ? "contains personal data" : "no personal data",
                            d.knownBiases() == null ? null : "known biases: " + d.knownBiases())
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" · ")));
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Dataset", parameter));
            event.forwardTo("projects");
            return;
        }
        refresh();
    }

    private void uploaded(DatasetUploadService.Upload result) {
        Notifications.success(result.created() ? "Stored version " + result.version().id().substring(0, 12)
                + " (" + result.version().rowCount() + " rows)" : "These bytes are already version "
                + result.version().id().substring(0, 12));
        refresh();
        show(result.version());
    }

    private void refresh() {
        var list = datasets.versions(datasetId);
        versions.setItems(list);
        if (!list.isEmpty()) {
            show(list.get(0));
        }
    }

    private void show(VersionView v) {
        current = v;
        openProfile.setVisible(true);
        openValidation.setVisible(true);
        selected.setText("Columns of version " + v.id().substring(0, 12) + " — " + v.rowCount() + " rows");
        selected.setId("selected-version");
        columns.setItems(v.columns());
    }
}
