package io.charter.ui.tracking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.charter.artifact.ArtifactKeys;
import io.charter.artifact.ArtifactStore;
import io.charter.governance.eval.Evaluation;
import io.charter.governance.eval.EvaluationJson;
import io.charter.governance.eval.FairnessVerdict;
import io.charter.ui.base.EChart;
import io.charter.ui.base.StatusBadge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What a training job's worker measured on held-out rows, read from the run's
 * {@code evaluation.json}: the headline metrics, the confusion matrix, the ROC and
 * precision-recall curves, and the server's verdict per charter fairness criterion and protected
 * attribute from {@code fairness.json}. Runs logged from outside have no such files and show
 * nothing here.
 */
public class EvaluationPanel extends VerticalLayout {

    private static final Logger LOG = Logger.getLogger(EvaluationPanel.class);
    /** fairness.json carries the criteria and derived properties beside the verdicts; only the verdicts are read. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ArtifactStore artifacts;

    /** fairness.json as the server writes it after a job: the overall outcome and one verdict per criterion and attribute. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FairnessFile(String outcome, List<FairnessVerdict> verdicts) {
    }

    public EvaluationPanel(ArtifactStore artifacts) {
        this.artifacts = artifacts;
        setId("evaluation-panel");
        setPadding(false);
        setVisible(false);
    }

    /** Shows the run's evaluation if it has one; answers whether it did. */
    public boolean show(String tenant, UUID projectId, UUID runId) {
        removeAll();
        String prefix = ArtifactKeys.runPrefix(tenant, projectId, runId);
        setVisible(artifacts.exists(prefix + "evaluation.json"));
        if (!isVisible()) {
            return false;
        }
        try {
            showEvaluation(EvaluationJson.read(text(prefix + "evaluation.json")));
            showFairness(artifacts.exists(prefix + "fairness.json")
                    ? JSON.readValue(text(prefix + "fairness.json"), FairnessFile.class) : null);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf(e, "run %s: evaluation files unreadable", runId);
            add(new Paragraph("The evaluation of this run cannot be read: " + e.getMessage()));
        }
        return true;
    }

    private String text(String key) throws IOException {
        try (InputStream in = artifacts.open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void showEvaluation(Evaluation e) {
        add(new H3("Evaluation"), new Paragraph(e.taskType() + " on " + e.rows() + " rows"
                + (e.positiveClass() == null ? "" : " · positive class " + e.positiveClass())), metrics(e.metrics()));
        if (e.confusionMatrix() != null) {
            add(new H3("Confusion matrix"), chart("evaluation-confusion", EChart.confusion("Confusion matrix",
                    e.confusionMatrix().labels(), e.confusionMatrix().counts()), "360px"));
        }
        if (e.rocCurve() != null && !e.rocCurve().isEmpty()) {
            add(new H3("ROC curve"), chart("evaluation-roc", EChart.lines("ROC curve", "false positive rate",
                    withChance("ROC", e.rocCurve().stream().map(p -> List.of(p.fpr(), p.tpr())).toList())), "320px"));
        }
        if (e.prCurve() != null && !e.prCurve().isEmpty()) {
            add(new H3("Precision-recall curve"), chart("evaluation-pr", EChart.lines("Precision-recall curve",
                    "recall", Map.of("precision", e.prCurve().stream().map(p -> List.of(p.recall(), p.precision()))
                            .toList())), "320px"));
        }
    }

    private static Grid<Map.Entry<String, Double>> metrics(Map<String, Double> values) {
        Grid<Map.Entry<String, Double>> grid = new Grid<>();
        grid.setId("evaluation-metrics");
        grid.addColumn(Map.Entry::getKey).setHeader("Metric");
        grid.addColumn(m -> m.getValue() == null ? "undefined" : String.format(Locale.ROOT, "%.4f", m.getValue()))
                .setHeader("Value");
        grid.setItems(values == null ? List.of() : values.entrySet().stream().toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The curve and the diagonal of a classifier that guesses, which it has to beat. */
    private static Map<String, List<List<Double>>> withChance(String name, List<List<Double>> curve) {
        Map<String, List<List<Double>>> series = new LinkedHashMap<>();
        series.put(name, curve);
        series.put("chance", List.of(List.of(0.0, 0.0), List.of(1.0, 1.0)));
        return series;
    }

    private static EChart chart(String id, EChart chart, String height) {
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight(height);
        return chart;
    }

    private void showFairness(FairnessFile file) {
        add(new H3("Fairness"));
        if (file == null) {
            add(new Paragraph("Not checked: the job has not finished, or wrote no evaluation."));
            return;
        }
        HorizontalLayout outcome = new HorizontalLayout(new Paragraph("Charter criteria overall:"),
                badge(file.outcome()));
        outcome.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        outcome.setId("fairness-outcome");
        add(outcome);
        if (file.verdicts() == null || file.verdicts().isEmpty()) {
            add(new Paragraph("NOT_EVALUATED: the charter states no fairness criteria, or the evaluation has no "
                    + "protected attribute to compare."));
            return;
        }
        add(verdicts(file.verdicts()));
    }

    private static Grid<FairnessVerdict> verdicts(List<FairnessVerdict> verdicts) {
        Grid<FairnessVerdict> grid = new Grid<>(FairnessVerdict.class, false);
        grid.setId("fairness-grid");
        grid.addColumn(FairnessVerdict::attribute).setHeader("Attribute");
        grid.addColumn(FairnessVerdict::metric).setHeader("Criterion").setAutoWidth(true);
        grid.addColumn(FairnessVerdict::threshold).setHeader("Threshold");
        grid.addColumn(v -> v.value() == null ? "undefined" : String.format(Locale.ROOT, "%.4f", v.value()))
                .setHeader("Value");
        grid.addColumn(new ComponentRenderer<Component, FairnessVerdict>(v -> badge(v.outcome().name())))
                .setHeader("Outcome");
        grid.addColumn(FairnessVerdict::reason).setHeader("Reason").setFlexGrow(3);
        grid.setItems(verdicts);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static StatusBadge badge(String outcome) {
        return new StatusBadge(outcome, switch (outcome) {
            case "PASS" -> StatusBadge.Tone.SUCCESS;
            case "FAIL" -> StatusBadge.Tone.ERROR;
            default -> StatusBadge.Tone.NEUTRAL;
        });
    }
}
