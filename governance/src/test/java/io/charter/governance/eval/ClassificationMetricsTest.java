package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels, the confusion matrix and the label-based metrics, by hand and against scikit-learn 1.9.1. */
class ClassificationMetricsTest {

    private static final double EXACT = 1e-15;

    @Test
    void shouldOrderClassesAsSklearnAndKeepOnlyPredictedClasses() {
        // classes: union of truth and predictions, sorted numerically (10 after 2, unlike strings)
        Labels labels = Labels.of(new int[] {10, 2, 2}, new int[] {2, 2, 7});

        assertThat(labels.classes()).containsExactly("2", "7", "10");
        assertThat(ConfusionMatrix.of(labels).counts())
                .containsExactly(List.of(1L, 1L, 0L), List.of(0L, 0L, 0L), List.of(1L, 0L, 0L));
    }

    @Test
    void shouldComputeBinaryMetricsByHand() {
        // y  = 1 1 1 0 0 0 0 0    TP = 2 (rows 0, 1), FN = 1 (row 2), FP = 1 (row 3), TN = 4
        // ŷ  = 1 1 0 1 0 0 0 0    accuracy 6/8; precision 2/3; recall 2/3; F1 2·2/(4+1+1) = 2/3
        // balanced accuracy = (recall of 1 + recall of 0) / 2 = (2/3 + 4/5) / 2 = 11/15
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {1, 1, 1, 0, 0, 0, 0, 0}, new int[] {1, 1, 0, 1, 0, 0, 0, 0});

        assertThat(cm.counts()).containsExactly(List.of(4L, 1L), List.of(1L, 2L));
        assertThat(ClassificationMetrics.accuracy(cm)).isEqualTo(0.75);
        assertThat(ClassificationMetrics.balancedAccuracy(cm)).isCloseTo(11 / 15.0, within(EXACT));
        assertThat(ClassificationMetrics.forLabel(cm, "1"))
                .isEqualTo(new PrecisionRecall("1", 2 / 3.0, 2 / 3.0, 2 / 3.0, 3));
    }

    @Test
    void shouldMatchSklearnOnTheBinaryFixture() {
        EvalFixtures.Binary b = EvalFixtures.binary();
        ConfusionMatrix cm = ConfusionMatrix.of(b.y(), b.predicted());

        // sklearn.metrics.confusion_matrix / accuracy_score / balanced_accuracy_score / precision_score /
        // recall_score / f1_score on EvalFixtures.binary (sklearn_reference.py)
        assertThat(cm.counts()).containsExactly(List.of(27L, 9L), List.of(6L, 18L));
        assertThat(ClassificationMetrics.accuracy(cm)).isCloseTo(0.75, within(EXACT));
        assertThat(ClassificationMetrics.balancedAccuracy(cm)).isCloseTo(0.75, within(EXACT));
        PrecisionRecall positive = ClassificationMetrics.forLabel(cm, "1");
        assertThat(positive.precision()).isCloseTo(0.6666666666666666, within(EXACT));
        assertThat(positive.recall()).isCloseTo(0.75, within(EXACT));
        assertThat(positive.f1()).isCloseTo(0.7058823529411765, within(EXACT));
    }

    @Test
    void shouldMatchSklearnAveragesOnTheMulticlassFixture() {
        EvalFixtures.Multiclass m = EvalFixtures.multiclass();
        ConfusionMatrix cm = ConfusionMatrix.of(m.y(), m.predicted());

        // sklearn.metrics.precision_recall_fscore_support(y, ŷ, average=…, zero_division=0) and
        // confusion_matrix, accuracy_score, balanced_accuracy_score on EvalFixtures.multiclass
        assertThat(cm.labels()).containsExactly("ant", "bee", "cat");
        assertThat(cm.counts()).containsExactly(List.of(18L, 3L, 2L), List.of(1L, 8L, 2L), List.of(1L, 1L, 9L));
        assertThat(ClassificationMetrics.accuracy(cm)).isCloseTo(0.7777777777777778, within(EXACT));
        assertThat(ClassificationMetrics.balancedAccuracy(cm)).isCloseTo(0.7760210803689066, within(EXACT));
        assertScores(ClassificationMetrics.average(cm, Average.MACRO), 0.752991452991453, 0.7760210803689066,
                0.760953825412875);
        assertScores(ClassificationMetrics.average(cm, Average.MICRO), 0.7777777777777778, 0.7777777777777778,
                0.7777777777777778);
        assertScores(ClassificationMetrics.average(cm, Average.WEIGHTED), 0.7921937321937321, 0.7777777777777778,
                0.7812886192562635);
        List<PrecisionRecall> perClass = ClassificationMetrics.perClass(cm);
        assertScores(perClass.get(0), 0.9, 0.782608695652174, 0.8372093023255814);
        assertScores(perClass.get(1), 0.6666666666666666, 0.7272727272727273, 0.6956521739130435);
        assertScores(perClass.get(2), 0.6923076923076923, 0.8181818181818182, 0.75);
        assertThat(perClass).extracting(PrecisionRecall::support).containsExactly(23L, 11L, 11L);
    }

    @Test
    void shouldScoreZeroWhereADenominatorIsZeroAsZeroDivisionZero() {
        // class d is only predicted: precision 0/1 = 0, recall 0/0 → 0 (zero_division), F1 0; it still
        // counts in the macro mean, as in sklearn (macro precision 2/3, recall 1/2, F1 5/9 there too)
        // y = a a b b, ŷ = a d b b: per class a (1, 1/2, 2/3), b (1, 1, 1), d (0, 0, 0)
        ConfusionMatrix cm = ConfusionMatrix.of(new String[] {"a", "a", "b", "b"}, new String[] {"a", "d", "b", "b"});

        assertThat(ClassificationMetrics.perClass(cm).get(2)).isEqualTo(new PrecisionRecall("d", 0, 0, 0, 0));
        assertScores(ClassificationMetrics.average(cm, Average.MACRO), 2 / 3.0, 1.5 / 3, (2 / 3.0 + 1) / 3);
        // balanced accuracy leaves d out (it has no true rows): (1/2 + 1) / 2
        assertThat(ClassificationMetrics.balancedAccuracy(cm)).isEqualTo(0.75);
    }

    @Test
    void shouldScoreAnAbsentPositiveLabelZeroOnlyWhenOneClassIsPresent() {
        ConfusionMatrix oneClass = ConfusionMatrix.of(new int[] {0, 0}, new int[] {0, 0});
        ConfusionMatrix twoClasses = ConfusionMatrix.of(new int[] {0, 2}, new int[] {0, 0});

        assertThat(ClassificationMetrics.forLabel(oneClass, "1")).isEqualTo(new PrecisionRecall("1", 0, 0, 0, 0));
        assertThatThrownBy(() -> ClassificationMetrics.forLabel(twoClasses, "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("positiveLabel must be one of [0, 2], but got \"1\"");
    }

    @Test
    void shouldRefuseEmptyMismatchedOrUnlabelledInput() {
        assertThatThrownBy(() -> Labels.of(new int[0], new int[0]))
                .hasMessage("yTrue must not be empty, but got 0 rows");
        assertThatThrownBy(() -> Labels.of(new int[] {1, 0}, new int[] {1}))
                .hasMessage("yPred must have one value per row of yTrue (2), but got 1");
        assertThatThrownBy(() -> Labels.of(new String[] {"a", null}, new String[] {"a", "a"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("yTrue must hold a label on every row, but yTrue[1] is null");
        assertThatThrownBy(() -> new ConfusionMatrix(List.of("a", "b"), List.of(List.of(1L, 2L))))
                .hasMessageStartingWith("counts must be a 2 × 2 matrix");
    }

    private static void assertScores(PrecisionRecall s, double precision, double recall, double f1) {
        assertThat(s.precision()).as("precision").isCloseTo(precision, within(EXACT));
        assertThat(s.recall()).as("recall").isCloseTo(recall, within(EXACT));
        assertThat(s.f1()).as("f1").isCloseTo(f1, within(EXACT));
    }
}
