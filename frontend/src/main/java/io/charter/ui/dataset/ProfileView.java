package io.charter.ui.dataset;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.charter.common.error.CharterException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import io.charter.jobs.JobStatus;
import io.charter.governance.data.profile.ProfileCsv;
import java.io.OutputStream;
import io.charter.dataset.service.ProfileService;
import io.charter.governance.data.profile.CategoryCount;
import io.charter.governance.data.profile.ColumnProfileResult;
import io.charter.governance.data.profile.DatasetProfile;
import io.charter.governance.data.profile.GroupRepresentation;
import io.charter.governance.data.profile.Warning;
import io.charter.ui.base.EChart;
import io.charter.ui.base.JobProgress;
import io.charter.ui.base.MainLayout;
import io.charter.ui.base.UiErrorHandling;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * The profile (EDA, seed §3.2) of one dataset version: a progress bar while the job runs, then
 * warnings, a missing-values overview, per-column histograms and category bars, the correlation
 * heatmap and the representation of protected groups against the charter.
 */
@Route(value = "datasets/:datasetId/profile/:versionId", layout = MainLayout.class)
@PageTitle("Profile · Charter")
public class ProfileView extends VerticalLayout implements BeforeEnterObserver {

    private static final int MAX_COLUMN_CHARTS = 40;

    private final ProfileService profiles;
    private final H2 heading = new H2("Profile");
    private final JobProgress progress = new JobProgress("profile", this::refresh);
    private final Div content = new Div();
    private UUID datasetId;
    private String versionId;

    @Inject
    public ProfileView(ProfileService profiles) {
        this.profiles = profiles;
        content.setWidthFull();
        add(heading, progress, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            datasetId = UUID.fromString(event.getRouteParameters().get("datasetId").orElseThrow());
            versionId = event.getRouteParameters().get("versionId").orElseThrow();
            heading.setText("Profile of version " + versionId.substring(0, Math.min(12, versionId.length())));
            refresh();
        } catch (IllegalArgumentException | CharterException e) {
            UiErrorHandling.show(e instanceof CharterException ? e : CharterException.notFound("Dataset", "?"));
            event.forwardTo("projects");
        }
    }

    private void refresh() {
        var status = profiles.status(datasetId, versionId);
        progress.show(status, "Profiling", "Profiled");
        if (status.status() == JobStatus.SUCCEEDED && content.getChildren().findAny().isEmpty()) {
            render(profiles.profile(datasetId, versionId));
        }
    }

    private void render(DatasetProfile p) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Anchor csv = new Anchor((DownloadEvent event) -> {
            event.setFileName("profile-" + versionId.substring(0, 12) + ".csv");
            event.setContentType("text/csv");
            try (OutputStream out = event.getOutputStream()) {
                ProfileCsv.write(profiles.profile(datasetId, versionId), out);
            }
        }, "Download column statistics (CSV)");
        csv.setId("profile-csv");
        body.add(csv);
        body.add(new Paragraph(p.rows() + " rows · " + p.columnCount() + " columns"
                + (p.duplicateRowsEstimate() == null ? "" : " · about " + p.duplicateRowsEstimate()
                + " duplicated rows (" + p.duplicateRowsMethod() + ")")));
        body.add(new H3("Warnings"));
        if (p.warnings().isEmpty()) {
            body.add(new Paragraph("No warnings: no column is mostly missing, constant, too fine-grained or skewed, "
                    + "and no protected group is under-represented."));
        } else {
            body.add(warnings(p.warnings()));
        }
        List<ColumnProfileResult> columns = p.columns();
        body.add(new H3("Missing values"), sized(EChart.bars("Missing (%) per column",
                columns.stream().map(ColumnProfileResult::name).toList(),
                columns.stream().map(ColumnProfileResult::missingPct).toList()), "missing-chart"));
        if (!p.representation().isEmpty()) {
            body.add(new H3("Representation of protected groups"), representation(p.representation()));
        }
        if (p.pearson() != null && p.pearson().columns().size() > 1) {
            body.add(new H3("Correlations"), sized(EChart.heatmap("Pearson correlation (" + p.pearson().method() + ")",
                    p.pearson().columns(), p.pearson().values()), "correlation-chart"));
        }
        if (p.cramersV() != null && p.cramersV().columns().size() > 1) {
            body.add(sized(EChart.heatmap("Cramér's V between categorical columns (" + p.cramersV().method() + ")",
                    p.cramersV().columns(), p.cramersV().values()), "association-chart"));
        }
        body.add(new H3("Columns"));
        columns.stream().limit(MAX_COLUMN_CHARTS).forEach(c -> chart(c, body));
        content.add(body);
    }

    private static void chart(ColumnProfileResult c, VerticalLayout body) {
        if (c.histogram() != null && !c.histogram().counts().isEmpty()) {
            List<Double> edges = c.histogram().edges();
            List<String> labels = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < edges.size(); i++) {
                labels.add(String.format("%.3g", edges.get(i)));
            }
            body.add(sized(EChart.bars(c.name() + " (" + c.type() + ")", labels, c.histogram().counts()),
                    "histogram-" + c.name()));
        } else if (c.topCategories() != null && !c.topCategories().isEmpty()) {
            body.add(sized(EChart.bars(c.name() + " (" + c.type() + ")",
                    c.topCategories().stream().map(CategoryCount::value).toList(),
                    c.topCategories().stream().map(CategoryCount::count).toList()), "categories-" + c.name()));
        }
    }

    private static EChart sized(EChart chart, String id) {
        chart.setWidth("100%");
        chart.setHeight("260px");
        chart.setId(id.replaceAll("[^A-Za-z0-9_-]", "_"));
        chart.addClassName("profile-chart");
        return chart;
    }

    private static Grid<Warning> warnings(List<Warning> warnings) {
        Grid<Warning> grid = new Grid<>(Warning.class, false);
        grid.setId("profile-warnings");
        grid.addColumn(Warning::column).setHeader("Column");
        grid.addColumn(Warning::kind).setHeader("Warning");
        grid.addColumn(Warning::message).setHeader("Detail").setFlexGrow(3);
        grid.setItems(warnings);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<GroupRepresentation> representation(List<GroupRepresentation> groups) {
        Grid<GroupRepresentation> grid = new Grid<>(GroupRepresentation.class, false);
        grid.setId("profile-representation");
        grid.addColumn(GroupRepresentation::column).setHeader("Attribute");
        grid.addColumn(GroupRepresentation::group).setHeader("Group");
        grid.addColumn(GroupRepresentation::count).setHeader("Rows");
        grid.addColumn(g -> String.format("%.1f %%", 100 * g.share())).setHeader("Share");
        grid.addColumn(g -> g.targetRate() == null ? "" : String.format("%.1f %%", 100 * g.targetRate()))
                .setHeader("Target rate");
        grid.addColumn(g -> g.underRepresented() ? "under-represented" : "").setHeader("Flag");
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
