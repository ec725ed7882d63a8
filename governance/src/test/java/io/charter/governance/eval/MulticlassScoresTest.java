package io.charter.governance.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One-vs-rest ROC-AUC and multiclass log loss, by hand and against scikit-learn 1.9.1. */
class MulticlassScoresTest {

    private static final double EXACT = 1e-15;
    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void shouldComputeLogLossAndAucByHand() {
        // the true class gets .7, .8, .6: log loss −(ln .7 + ln .8 + ln .6) / 3; each class's column ranks
        // its own row first, so every one-vs-rest AUC is 1
        MulticlassScores s = MulticlassScores.of(new String[] {"a", "b", "c"}, ABC,
                new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.2, 0.2, 0.6}});

        assertThat(s.logLoss()).isCloseTo(-(Math.log(0.7) + Math.log(0.8) + Math.log(0.6)) / 3, within(EXACT));
        assertThat(s.rocAucOneVsRest(Average.MACRO)).isEqualTo(1.0);
    }

    @Test
    void shouldMatchSklearnOnTheMulticlassFixture() {
        EvalFixtures.Multiclass m = EvalFixtures.multiclass();
        MulticlassScores s = MulticlassScores.of(m.y(), List.of(EvalFixtures.CLASSES), m.probabilities());

        // sklearn.metrics.roc_auc_score(y, proba, multi_class="ovr", average=…) and log_loss(y, proba)
        assertThat(s.rocAucOneVsRest(Average.MACRO)).isCloseTo(0.9670231729055258, within(EXACT));
        assertThat(s.rocAucOneVsRest(Average.WEIGHTED)).isCloseTo(0.9758169934640522, within(EXACT));
        assertThat(s.rocAucOneVsRest(Average.MICRO)).isCloseTo(0.9762962962962963, within(EXACT));
        assertThat(s.logLoss()).isCloseTo(0.6673460433448721, within(EXACT));
    }

    @Test
    void shouldGiveNullAucWhenAClassHasNoTrueRows() {
        // sklearn with labels=[a, b, c]: the AUC of c is NaN, so is the macro mean
        MulticlassScores s = MulticlassScores.of(new String[] {"a", "b"}, ABC,
                new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}});

        assertThat(s.rocAucOneVsRest(Average.MACRO)).isNull();
        assertThat(s.rocAucOneVsRest(Average.WEIGHTED)).isNull();
        assertThat(s.logLoss()).isCloseTo(-(Math.log(0.7) + Math.log(0.8)) / 2, within(EXACT));
    }

    @Test
    void shouldReadIntegerLabelsAgainstTheColumnClasses() {
        MulticlassScores s = MulticlassScores.of(new int[] {2, 0}, new int[] {0, 2},
                new double[][] {{0.1, 0.9}, {0.6, 0.4}});

        assertThat(s.classes()).containsExactly("0", "2");
        assertThat(s.logLoss()).isCloseTo(-(Math.log(0.9) + Math.log(0.6)) / 2, within(EXACT));
    }

    @Test
    void shouldRefuseRowsThatAreNotDistributionsAndLabelsWithoutAColumn() {
        assertThatThrownBy(() -> MulticlassScores.of(new String[] {"a"}, ABC, new double[][] {{0.5, 0.25, 0.125}}))
                .hasMessage("probabilities[0] must sum to 1, but sums to 0.875");
        assertThatThrownBy(() -> MulticlassScores.of(new String[] {"a"}, ABC, new double[][] {{0.5, 0.5}}))
                .hasMessage("probabilities[0] must have one value per class (3), but got 2");
        assertThatThrownBy(() -> MulticlassScores.of(new String[] {"d"}, ABC, new double[][] {{0.5, 0.5, 0}}))
                .hasMessage("yTrue must hold labels of [a, b, c], but yTrue[0] is \"d\"");
        assertThatThrownBy(() -> MulticlassScores.of(new String[] {"a"}, List.of("a", "a"),
                new double[][] {{0.5, 0.5}}))
                .hasMessage("classes must name at least two distinct classes, but got [a, a]");
        assertThatThrownBy(() -> MulticlassScores.of(new String[0], ABC, new double[0][]))
                .hasMessage("yTrue must not be empty, but got 0 rows");
    }
}
