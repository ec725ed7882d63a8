package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ROC-AUC, average precision, curves, log loss and calibration, by hand and against scikit-learn 1.9.1. */
class BinaryScoresTest {

    private static final double EXACT = 1e-15;

    @Test
    void shouldComputeRocAucAndAveragePrecisionOfSklearnsDocExampleByHand() {
        // y = 0 0 1 1, s = .1 .4 .35 .8: positive .8 beats both negatives, .35 beats only .1 → AUC 3/4.
        // Thresholds .8 .4 .35 .1 give (P, R) = (1, 1/2) (1/2, 1/2) (2/3, 1) (1/2, 1);
        // AP = 1/2·1 + 0·1/2 + 1/2·2/3 + 0 = 5/6 (sklearn's docstring: 0.83…)
        BinaryScores s = BinaryScores.of(new int[] {0, 0, 1, 1}, 1, new double[] {0.1, 0.4, 0.35, 0.8});

        assertThat(s.rocAuc()).isEqualTo(0.75);
        assertThat(s.averagePrecision()).isCloseTo(5 / 6.0, within(EXACT));
    }

    @Test
    void shouldCountATiedPositiveNegativePairAsHalf() {
        // pairs (pos, neg): (.5, .5) tie → ½, (.5, .1) 1, (.9, .5) 1, (.9, .1) 1 → 3.5 / 4;
        // sklearn.metrics.roc_auc_score([1, 0, 1, 0], [.5, .5, .9, .1]) = 0.875
        BinaryScores s = BinaryScores.of(new int[] {1, 0, 1, 0}, 1, new double[] {0.5, 0.5, 0.9, 0.1});

        assertThat(s.rocAuc()).isEqualTo(0.875);
        // roc_curve: fpr [0, 0, .5, 1], tpr [0, .5, 1, 1], thresholds [inf, .9, .5, .1]
        assertThat(s.rocCurve(false)).containsExactly(new RocPoint(null, 0, 0), new RocPoint(0.9, 0, 0.5),
                new RocPoint(0.5, 0.5, 1), new RocPoint(0.1, 1, 1));
    }

    @Test
    void shouldEqualTheMannWhitneyPairCountOnRandomTiedScores() {
        Random random = new Random(3);
        boolean[] y = new boolean[500];
        double[] scores = new double[500];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextDouble() < 0.3;
            scores[i] = random.nextInt(12) + (y[i] ? 2 : 0); // few distinct values: many ties
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (y[i] && !y[j]) {
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    pairs++;
                }
            }
        }

        assertThat(BinaryScores.of(y, scores).rocAuc()).isCloseTo(wins / pairs, within(1e-14));
    }

    @Test
    void shouldMatchSklearnOnTheBinaryFixture() {
        EvalFixtures.Binary b = EvalFixtures.binary();
        BinaryScores s = BinaryScores.of(b.y(), 1, b.scores());

        // roc_auc_score, average_precision_score, log_loss on EvalFixtures.binary (sklearn_reference.py)
        assertThat(s.rocAuc()).isCloseTo(0.8229166666666666, within(EXACT));
        assertThat(s.averagePrecision()).isCloseTo(0.800194597069597, within(EXACT));
        assertThat(s.logLoss()).isCloseTo(0.46603957858389805, within(EXACT));
    }

    @Test
    void shouldDrawTheRocCurveAsSklearnsRocCurve() {
        EvalFixtures.Binary b = EvalFixtures.binary();
        BinaryScores s = BinaryScores.of(b.y(), 1, b.scores());

        // sklearn.metrics.roc_curve(y, s) (drop_intermediate=True): thresholds[0] is inf, here null
        double[] fpr = {0.0, 0.0, 0.0, 0.16666666666666666, 0.25, 0.25, 0.4166666666666667, 0.5, 0.5, 1.0};
        double[] tpr = {0.0, 0.125, 0.5, 0.5, 0.625, 0.75, 0.75, 0.875, 1.0, 1.0};
        double[] thresholds = {0.9615384615384616, 0.7307692307692307, 0.6153846153846154, 0.5769230769230769,
            0.5384615384615384, 0.4230769230769231, 0.38461538461538464, 0.34615384615384615, 0.0};
        List<RocPoint> curve = s.rocCurve(true);
        assertThat(curve).hasSize(10);
        assertThat(curve.get(0).threshold()).isNull();
        for (int i = 0; i < curve.size(); i++) {
            assertThat(curve.get(i).fpr()).as("fpr[%d]", i).isCloseTo(fpr[i], within(EXACT));
            assertThat(curve.get(i).tpr()).as("tpr[%d]", i).isCloseTo(tpr[i], within(EXACT));
            if (i > 0) {
                assertThat(curve.get(i).threshold()).as("threshold[%d]", i).isEqualTo(thresholds[i - 1]);
            }
        }
        // roc_curve(y, s, drop_intermediate=False): one point per distinct score, plus (0, 0)
        assertThat(s.rocCurve(false)).hasSize(19);
    }

    @Test
    void shouldDrawThePrecisionRecallCurveAsSklearnsPrecisionRecallCurve() {
        EvalFixtures.Binary b = EvalFixtures.binary();
        List<PrPoint> curve = BinaryScores.of(b.y(), 1, b.scores()).precisionRecallCurve();

        // sklearn.metrics.precision_recall_curve(y, s): increasing thresholds, then (P 1, R 0) without one
        double[] precision = {0.4, 0.42105263157894735, 0.4444444444444444, 0.47058823529411764, 0.5,
            0.5333333333333333, 0.5714285714285714, 0.5384615384615384, 0.5454545454545454, 0.6,
            0.6666666666666666, 0.625, 0.6666666666666666, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0};
        double[] recall = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.875, 0.75, 0.75, 0.75, 0.625, 0.5, 0.5, 0.5, 0.375,
            0.25, 0.125, 0.0};
        double[] thresholds = {0.0, 0.038461538461538464, 0.07692307692307693, 0.19230769230769232,
            0.23076923076923078, 0.2692307692307692, 0.34615384615384615, 0.38461538461538464, 0.4230769230769231,
            0.46153846153846156, 0.5384615384615384, 0.5769230769230769, 0.6153846153846154, 0.6538461538461539,
            0.7307692307692307, 0.7692307692307693, 0.9230769230769231, 0.9615384615384616};
        assertThat(curve).hasSize(precision.length);
        for (int i = 0; i < curve.size(); i++) {
            assertThat(curve.get(i).precision()).as("precision[%d]", i).isCloseTo(precision[i], within(EXACT));
            assertThat(curve.get(i).recall()).as("recall[%d]", i).isCloseTo(recall[i], within(EXACT));
            assertThat(curve.get(i).threshold()).as("threshold[%d]", i)
                    .isEqualTo(i < thresholds.length ? thresholds[i] : null);
        }
    }

    @Test
    void shouldComputeLogLossByHandAndClipLikeSklearn() {
        // −(ln .8 + ln .7) / 2; sklearn.metrics.log_loss([1, 0], [.8, .3]) = 0.2899092476264711
        assertThat(BinaryScores.of(new int[] {1, 0}, 1, new double[] {0.8, 0.3}).logLoss())
                .isCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, within(EXACT))
                .isCloseTo(0.2899092476264711, within(EXACT));
        // p = 0 for a positive is clipped to ε = 2^-52: −ln ε = 36.04…;
        // sklearn.metrics.log_loss([1, 0], [0, 0]) = 18.021826694558577
        assertThat(BinaryScores.of(new int[] {1, 0}, 1, new double[] {0, 0}).logLoss())
                .isCloseTo(18.021826694558577, within(1e-14));
    }

    @Test
    void shouldBinProbabilitiesAsSklearnsCalibrationCurve() {
        // edges 0 .2 .4 .6000000000000001 .8 1 (numpy's linspace); a value on an inner edge belongs to the
        // lower bin: .2 → bin 0, .6 → bin 2 (np.searchsorted(edges[1:-1], p) = 0 0 2 4 for .1 .2 .6 .95)
        List<CalibrationBin> bins = BinaryScores.of(new int[] {0, 1, 1, 1}, 1, new double[] {0.1, 0.2, 0.6, 0.95})
                .calibration(5);

        assertThat(bins).extracting(CalibrationBin::count).containsExactly(2L, 0L, 1L, 0L, 1L);
        assertThat(bins.get(0)).isEqualTo(new CalibrationBin(0, 0.2, 2, (0.1 + 0.2) / 2, 0.5));
        assertThat(bins.get(1).meanPredicted()).isNull();
        assertThat(bins.get(4).upper()).isEqualTo(1);
    }

    @Test
    void shouldMatchSklearnsCalibrationCurveOnTheBinaryFixture() {
        EvalFixtures.Binary b = EvalFixtures.binary();
        List<CalibrationBin> nonEmpty = BinaryScores.of(b.y(), 1, b.scores()).calibration(5).stream()
                .filter(bin -> bin.count() > 0).toList();

        // sklearn.calibration.calibration_curve(y, s, n_bins=5) drops empty bins; none is empty here
        double[] probTrue = {0.0, 0.4, 0.4, 0.5, 1.0};
        double[] probPred = {0.07692307692307691, 0.32307692307692304, 0.5153846153846153, 0.6923076923076924,
            0.9423076923076924};
        assertThat(nonEmpty).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(nonEmpty.get(i).fractionPositive()).isCloseTo(probTrue[i], within(EXACT));
            assertThat(nonEmpty.get(i).meanPredicted()).isCloseTo(probPred[i], within(1e-15));
        }
        assertThat(nonEmpty.stream().mapToLong(CalibrationBin::count).sum()).isEqualTo(60);
    }

    @Test
    void shouldReportUndefinedMetricsAsNullWhenOnlyOneClassIsPresent() {
        BinaryScores negatives = BinaryScores.of(new int[] {0, 0, 0}, 1, new double[] {0.2, 0.5, 0.1});
        BinaryScores positives = BinaryScores.of(new int[] {1, 1}, 1, new double[] {0.2, 0.5});

        // sklearn: roc_auc_score → nan with UndefinedMetricWarning; average_precision_score → 0 with a warning
        assertThat(negatives.rocAuc()).isNull();
        assertThat(negatives.rocCurve(true)).isEmpty();
        assertThat(negatives.averagePrecision()).isNull();
        assertThat(negatives.precisionRecallCurve()).isEmpty();
        assertThat(positives.rocAuc()).isNull();
        assertThat(positives.averagePrecision()).isEqualTo(1.0);
    }

    @Test
    void shouldReadMinusZeroAsTheSameScoreAsZero() {
        BinaryScores s = BinaryScores.of(new boolean[] {true, false}, new double[] {0.0, -0.0});

        assertThat(s.rocAuc()).isEqualTo(0.5);
    }

    @Test
    void shouldRefuseBadInput() {
        assertThatThrownBy(() -> BinaryScores.of(new boolean[0], new double[0]))
                .hasMessage("yTrue must not be empty, but got 0 rows");
        assertThatThrownBy(() -> BinaryScores.of(new boolean[] {true}, new double[] {0.1, 0.2}))
                .hasMessage("scores must have one value per row of yTrue (1), but got 2");
        assertThatThrownBy(() -> BinaryScores.of(new boolean[] {true, false}, new double[] {Double.NaN, 0.2}))
                .hasMessage("scores must be finite numbers, but scores[0] is NaN");
        assertThatThrownBy(() -> BinaryScores.of(new int[] {0, 2}, 1, new double[] {0.1, 0.2}))
                .hasMessage("positiveLabel must be one of the labels of yTrue, but \"1\" does not occur");
        assertThatThrownBy(() -> BinaryScores.of(new boolean[] {true, false}, new double[] {1.5, 0.2}).logLoss())
                .hasMessage("scores must be probabilities in [0, 1], but scores[0] is 1.5");
        assertThatThrownBy(() -> BinaryScores.of(new boolean[] {true}, new double[] {0.5}).calibration(0))
                .hasMessage("bins must be at least 1, but got 0");
    }
}
