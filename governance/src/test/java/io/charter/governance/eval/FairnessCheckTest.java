package io.charter.governance.eval;

import static io.charter.governance.eval.FairnessMetric.DEMOGRAPHIC_PARITY_DIFFERENCE;
import static io.charter.governance.eval.FairnessMetric.DEMOGRAPHIC_PARITY_RATIO;
import static io.charter.governance.eval.FairnessMetric.EQUAL_OPPORTUNITY_DIFFERENCE;
import static io.charter.governance.eval.FairnessVerdict.Outcome.FAIL;
import static io.charter.governance.eval.FairnessVerdict.Outcome.PASS;
import static io.charter.governance.eval.FairnessVerdict.Outcome.UNDEFINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Charter criteria against fairness reports: differences pass at or below, ratios at or above. */
class FairnessCheckTest {

    // selection rates a 1/2, b 3/4: DP difference 1/4, ratio 2/3; TPR a 1/2, b 1: EO difference 1/2
    private static final FairnessReport SEX = GroupFairness.evaluate("sex", new int[] {1, 1, 0, 0, 1, 0, 0, 0},
            new int[] {1, 0, 1, 0, 1, 1, 1, 0}, new String[] {"a", "a", "a", "a", "b", "b", "b", "b"});
    // one group only: every metric undefined
    private static final FairnessReport AGE = GroupFairness.evaluate("age", new int[] {1, 0}, new int[] {1, 0},
            new String[] {"old", "old"});

    @Test
    void shouldPassADifferenceAtOrBelowAndARatioAtOrAboveItsThreshold() {
        List<FairnessVerdict> verdicts = FairnessCheck.check(List.of(SEX), List.of(
                new FairnessCriterion(DEMOGRAPHIC_PARITY_DIFFERENCE, 0.25),
                new FairnessCriterion(DEMOGRAPHIC_PARITY_RATIO, 0.8),
                new FairnessCriterion(EQUAL_OPPORTUNITY_DIFFERENCE, 0.1)));

        assertThat(verdicts).extracting(FairnessVerdict::outcome).containsExactly(PASS, FAIL, FAIL);
        assertThat(verdicts.get(0).value()).isEqualTo(0.25);
        assertThat(verdicts.get(0).reason())
                .isEqualTo("DEMOGRAPHIC_PARITY_DIFFERENCE = 0.2500 ≤ 0.25 over groups [a, b]");
        assertThat(verdicts.get(1).reason()).isEqualTo("DEMOGRAPHIC_PARITY_RATIO = 0.6667 < 0.8 over groups [a, b]");
        assertThat(FairnessCheck.allPassed(verdicts)).isFalse();
        assertThat(FairnessCheck.check(List.of(SEX), List.of(new FairnessCriterion(DEMOGRAPHIC_PARITY_RATIO, 0.6))))
                .allMatch(FairnessVerdict::passed);
    }

    @Test
    void shouldJudgeEveryAttributeAndNotPassAnUndefinedCriterion() {
        List<FairnessVerdict> verdicts = FairnessCheck.check(List.of(SEX, AGE),
                List.of(new FairnessCriterion(DEMOGRAPHIC_PARITY_RATIO, 0.5)));

        assertThat(verdicts).extracting(FairnessVerdict::attribute, FairnessVerdict::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sex", PASS),
                        org.assertj.core.groups.Tuple.tuple("age", UNDEFINED));
        assertThat(verdicts.get(1).value()).isNull();
        assertThat(verdicts.get(1).reason()).isEqualTo("DEMOGRAPHIC_PARITY_RATIO is undefined: 1 group(s) to compare");
        assertThat(FairnessCheck.allPassed(verdicts)).isFalse();
    }

    @Test
    void shouldRefuseAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> new FairnessCriterion(DEMOGRAPHIC_PARITY_RATIO, 1.2))
                .hasMessage("threshold of DEMOGRAPHIC_PARITY_RATIO must be in [0, 1], but got 1.2");
    }
}
