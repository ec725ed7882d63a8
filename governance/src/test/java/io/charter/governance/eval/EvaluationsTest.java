package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metrics each task's evaluation carries, with the values of the metric functions. */
class EvaluationsTest {

    private static final double EXACT = 1e-15;

    @Test
    void shouldCarryBinaryMetricsCurvesAndCalibration() {
        EvalFixtures.Binary b = EvalFixtures.binary();

        Evaluation e = Evaluations.binary(Labels.of(b.y(), b.predicted()), "1", b.scores());

        assertThat(e.metrics()).containsKeys(MetricNames.ACCURACY, MetricNames.BALANCED_ACCURACY, MetricNames.PRECISION,
                MetricNames.RECALL, MetricNames.F1, MetricNames.F1_MACRO, MetricNames.F1_MICRO, MetricNames.F1_WEIGHTED,
                MetricNames.ROC_AUC, MetricNames.AVERAGE_PRECISION, MetricNames.LOG_LOSS);
        assertThat(e.metric(MetricNames.ROC_AUC)).isCloseTo(0.8229166666666666, within(EXACT));
        assertThat(e.metric(MetricNames.F1)).isCloseTo(0.7058823529411765, within(EXACT));
        assertThat(e.rocCurve()).hasSize(10);
        assertThat(e.prCurve()).hasSize(19);
        assertThat(e.calibration()).hasSize(Evaluations.CALIBRATION_BINS);
        assertThat(e.perClass()).extracting(PrecisionRecall::label).containsExactly("0", "1");
    }

    @Test
    void shouldLeaveOutProbabilityMetricsForScoresThatAreNotProbabilities() {
        Evaluation e = Evaluations.binary(Labels.of(new int[] {0, 1}, new int[] {0, 1}), "1", new double[] {-2, 3});

        assertThat(e.metric(MetricNames.ROC_AUC)).isEqualTo(1.0);
        assertThat(e.metrics()).doesNotContainKey(MetricNames.LOG_LOSS);
        assertThat(e.calibration()).isNull();
    }

    @Test
    void shouldCarryMulticlassRegressionClusteringAndRankingMetrics() {
        EvalFixtures.Multiclass m = EvalFixtures.multiclass();
        double[][] r = EvalFixtures.regression();

        Evaluation multiclass = Evaluations.multiclass(Labels.of(m.y(), m.predicted()), List.of(EvalFixtures.CLASSES),
                m.probabilities());
        Evaluation regression = Evaluations.regression(r[0], r[1]);
        Evaluation ranking = Evaluations.ranking(EvalFixtures.queries(), 3);

        assertThat(multiclass.metric(MetricNames.ROC_AUC_OVR)).isCloseTo(0.9670231729055258, within(EXACT));
        assertThat(multiclass.metric(MetricNames.F1_MACRO)).isCloseTo(0.760953825412875, within(EXACT));
        assertThat(multiclass.metric(MetricNames.LOG_LOSS)).isCloseTo(0.6673460433448721, within(EXACT));
        assertThat(regression.metric(MetricNames.R2)).isCloseTo(0.9586708203530634, within(EXACT));
        assertThat(regression.metrics()).hasSize(5);
        assertThat(ranking.metric(MetricNames.ndcgAt(3))).isCloseTo(0.5466281673623244, within(EXACT));
        assertThat(ranking.metric(MetricNames.MAP)).isCloseTo(0.8458888888888888, within(EXACT));
        assertThat(ranking.rows()).isEqualTo(6);
        assertThat(Evaluations.clustering(EvalFixtures.clusterPoints(), EvalFixtures.clusterLabels(), 1)
                .metric(MetricNames.SILHOUETTE)).isCloseTo(0.6765475244659753, within(EXACT));
    }

    @Test
    void shouldThinLongCurvesKeepingBothEnds() {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            points.add(i);
        }

        List<Integer> thin = Evaluations.thin(points, 1_000);

        assertThat(thin).hasSize(1_000).startsWith(0).endsWith(10_000).isSorted().doesNotHaveDuplicates();
        assertThat(Evaluations.thin(points.subList(0, 5), 1_000)).hasSize(5);
    }
}
