package io.charter.ui.dataset;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.charter.governance.data.split.ClassShare;
import io.charter.governance.data.split.FoldSummary;
import io.charter.governance.data.split.RoleSummary;
import io.charter.governance.data.split.SplitRole;
import io.charter.governance.data.split.SplitSummary;
import io.charter.split.service.SplitView;
import io.charter.ui.base.EChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** What a planned split verified, its rows per role and fold as a chart, and downloads of its training rows. */
final class SplitSummaryPanel {

    private SplitSummaryPanel() {
    }

    static VerticalLayout of(SplitView split, BiFunction<SplitRole, Integer, Anchor> download) {
        SplitSummary s = split.summary();
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new H3(split.name() + ": " + s.rows() + " rows, " + s.method()
                + (s.folds() > 1 ? ", " + s.folds() + " folds" : "")));
        UnorderedList checks = new UnorderedList();
        checks.setId("split-checks");
        s.checks().forEach(c -> checks.add(new ListItem(c)));
        panel.add(new Paragraph("Verified on the stored assignment:"), checks);

        List<String> labels = s.byFold().stream().map(f -> "fold " + f.fold()).toList();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        for (SplitRole role : SplitRole.values()) {
            List<Long> counts = s.byFold().stream().map(f -> rows(f, role)).toList();
            if (counts.stream().anyMatch(c -> c > 0)) {
                series.put(role.name(), counts);
            }
        }
        EChart chart = EChart.stackedBars("Rows per role", labels, series);
        chart.setId("split-chart");
        chart.setWidthFull();
        chart.setHeight("280px");
        panel.add(chart);

        if (s.classShares() != null && !s.classShares().isEmpty()) {
            List<String> shares = new ArrayList<>();
            for (RoleSummary r : s.byFold().get(0).roles()) {
                if (r.classShares() != null && r.rows() > 0) {
                    shares.add(r.role() + ": " + r.classShares().stream().map(SplitSummaryPanel::share)
                            .collect(Collectors.joining(", ")));
                }
            }
            Paragraph classes = new Paragraph("Class shares — overall: " + s.classShares().stream()
                    .map(SplitSummaryPanel::share).collect(Collectors.joining(", ")) + "; " + String.join("; ", shares));
            classes.setId("split-classes");
            panel.add(classes);
        }
        HorizontalLayout downloads = new HorizontalLayout();
        downloads.setWrap(true);
        for (int fold = 0; fold < s.folds(); fold++) {
            downloads.add(download.apply(SplitRole.TRAIN, fold), download.apply(SplitRole.VALIDATION, fold));
        }
        panel.add(downloads, new Paragraph("The test rows have no download: they are locked for final evaluation."));
        return panel;
    }

    private static long rows(FoldSummary fold, SplitRole role) {
        return fold.roles().stream().filter(r -> r.role() == role).mapToLong(RoleSummary::rows).sum();
    }

    private static String share(ClassShare c) {
        return (c.value() == null ? "(missing)" : c.value()) + " " + Math.round(c.share() * 1000) / 10.0 + " %";
    }
}
