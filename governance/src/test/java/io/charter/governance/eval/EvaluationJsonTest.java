package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** evaluation.json: what each task writes, and that every part reads back equal. */
class EvaluationJsonTest {

    @Test
    void shouldRoundTripAFullBinaryEvaluation() {
        EvalFixtures.Binary b = EvalFixtures.binary();
        EvalFixtures.Fairness f = EvalFixtures.fairness();
        Labels labels = Labels.of(b.y(), b.predicted());
        String[] region = new String[b.y().length];
        for (int i = 0; i < region.length; i++) {
            region[i] = i % 4 == 0 ? "north" : "south";
        }
        Evaluation e = Evaluations.binary(labels, "1", b.scores())
                .withFairness(List.of(GroupFairness.evaluate("g", f.y(), f.predicted(), f.groups())))
                .withSlices(ErrorSlices.classification(List.of(new FeatureColumn.Categorical("region", region),
                        new FeatureColumn.Numeric("score", b.scores())), labels, new SliceOptions(5, 5, 10)))
                .withErrorExamples(ErrorExamples.sample(labels, "1", 5, 1))
                .withCrossValidation(CrossValidationSummary.of(List.of(Map.of("f1", 0.7), Map.of("f1", 0.8))));

        Evaluation read = EvaluationJson.read(EvaluationJson.write(e));

        assertThat(read).isEqualTo(e);
        assertThat(read.fairness().get(0).groups()).hasSize(3);
        assertThat(read.slices().slices()).isNotEmpty();
    }

    @Test
    void shouldWriteTheDocumentedShapeWithNullForUndefinedMetricsAndTheInfiniteThreshold() throws Exception {
        // one class present: ROC-AUC and average precision are undefined
        Evaluation e = Evaluations.binary(Labels.of(new int[] {0, 0, 0}, new int[] {0, 1, 0}), "1",
                new double[] {0.1, 0.7, 0.2});

        JsonNode json = EvaluationJson.MAPPER.readTree(EvaluationJson.write(e));

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("taskType").asText()).isEqualTo("BINARY_CLASSIFICATION");
        assertThat(json.get("classes")).hasSize(2);
        assertThat(json.get("metrics").has("roc_auc")).isTrue();
        assertThat(json.get("metrics").get("roc_auc").isNull()).isTrue();
        assertThat(json.get("metrics").get("accuracy").asDouble()).isEqualTo(2 / 3.0);
        assertThat(json.get("confusionMatrix").get("counts").get(0)).hasSize(2);
        assertThat(json.get("rocCurve")).isEmpty();
        assertThat(json.get("calibration")).hasSize(Evaluations.CALIBRATION_BINS);
        assertThat(EvaluationJson.read(EvaluationJson.write(e))).isEqualTo(e);
    }

    @Test
    void shouldRoundTripTheOtherTaskTypes() {
        EvalFixtures.Multiclass m = EvalFixtures.multiclass();
        double[][] r = EvalFixtures.regression();
        List<Evaluation> evaluations = List.of(
                Evaluations.multiclass(Labels.of(m.y(), m.predicted()), List.of(EvalFixtures.CLASSES),
                        m.probabilities()),
                Evaluations.regression(r[0], r[1]),
                Evaluations.clustering(EvalFixtures.clusterPoints(), EvalFixtures.clusterLabels(), 1),
                Evaluations.ranking(EvalFixtures.queries(), 3));

        for (Evaluation e : evaluations) {
            assertThat(EvaluationJson.read(EvaluationJson.write(e))).as(e.taskType().name()).isEqualTo(e);
        }
    }

    @Test
    void shouldRefuseUnknownFieldsAndVersions() {
        String json = EvaluationJson.write(Evaluations.regression(new double[] {1, 2}, new double[] {1, 3}));

        assertThatThrownBy(() -> EvaluationJson.read(json.replace("\"metrics\"", "\"metricz\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metricz");
        assertThatThrownBy(() -> EvaluationJson.read(json.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schemaVersion must be 1, but got 2");
    }
}
