package io.charter.governance.eval;

import static io.charter.governance.eval.FairnessMetric.DEMOGRAPHIC_PARITY_DIFFERENCE;
import static io.charter.governance.eval.FairnessMetric.DEMOGRAPHIC_PARITY_RATIO;
import static io.charter.governance.eval.FairnessMetric.EQUALIZED_ODDS_DIFFERENCE;
import static io.charter.governance.eval.FairnessMetric.EQUAL_OPPORTUNITY_DIFFERENCE;
import static io.charter.governance.eval.FairnessMetric.PREDICTIVE_PARITY_DIFFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-group rates and the five fairness metrics, by hand and against fairlearn 0.15.0. */
class GroupFairnessTest {

    private static final double EXACT = 1e-15;

    @Test
    void shouldComputeGroupRatesAndMetricsByHand() {
        // a: y 1 1 0 0, ŷ 1 0 1 0 → selection 2/4, TPR 1/2, FPR 1/2, precision 1/2, base rate 1/2
        // b: y 1 0 0 0, ŷ 1 1 1 0 → selection 3/4, TPR 1/1, FPR 2/3, precision 1/3, base rate 1/4
        // DP diff 1/4, DP ratio (1/2)/(3/4) = 2/3, EO diff 1/2, EOdds max(1/2, 1/6) = 1/2, PP diff 1/6
        FairnessReport r = GroupFairness.evaluate("sex", new int[] {1, 1, 0, 0, 1, 0, 0, 0},
                new int[] {1, 0, 1, 0, 1, 1, 1, 0}, new String[] {"a", "a", "a", "a", "b", "b", "b", "b"});

        assertThat(r.groups()).containsExactly(
                new GroupRates("a", 4, 2, 2, true, 0.5, 0.5, 0.5, 0.5, 0.5),
                new GroupRates("b", 4, 1, 3, true, 0.75, 1.0, 2 / 3.0, 1 / 3.0, 0.25));
        assertThat(r.metric(DEMOGRAPHIC_PARITY_DIFFERENCE).value()).isEqualTo(0.25);
        assertThat(r.metric(DEMOGRAPHIC_PARITY_RATIO).value()).isCloseTo(2 / 3.0, within(EXACT));
        assertThat(r.metric(EQUAL_OPPORTUNITY_DIFFERENCE).value()).isEqualTo(0.5);
        assertThat(r.metric(EQUALIZED_ODDS_DIFFERENCE).value()).isEqualTo(0.5);
        assertThat(r.metric(PREDICTIVE_PARITY_DIFFERENCE).value()).isCloseTo(1 / 6.0, within(EXACT));
        assertThat(r.metrics()).allSatisfy(v -> {
            assertThat(v.compared()).containsExactly("a", "b");
            assertThat(v.excluded()).isEmpty();
        });
    }

    @Test
    void shouldMatchFairlearnOnTheFairnessFixture() {
        EvalFixtures.Fairness f = EvalFixtures.fairness();
        FairnessReport r = GroupFairness.evaluate("g", f.y(), f.predicted(), f.groups());

        // fairlearn.metrics.MetricFrame(selection_rate, true_positive_rate, false_positive_rate,
        // sklearn precision_score).by_group on EvalFixtures.fairness
        assertThat(r.groups()).extracting(GroupRates::selectionRate)
                .containsExactly(0.16666666666666666, 0.43333333333333335, 0.7);
        assertThat(r.groups()).extracting(GroupRates::truePositiveRate)
                .containsExactly(0.16666666666666666, 0.3888888888888889, 0.7083333333333334);
        assertThat(r.groups()).extracting(GroupRates::falsePositiveRate)
                .containsExactly(0.16666666666666666, 0.5, 0.6666666666666666);
        assertThat(r.groups()).extracting(GroupRates::precision)
                .containsExactly(0.4, 0.5384615384615384, 0.8095238095238095);
        // demographic_parity_difference / _ratio, equal_opportunity_difference, equalized_odds_difference,
        // MetricFrame(precision_score).difference()
        assertThat(r.metric(DEMOGRAPHIC_PARITY_DIFFERENCE).value()).isCloseTo(0.5333333333333333, within(EXACT));
        assertThat(r.metric(DEMOGRAPHIC_PARITY_RATIO).value()).isCloseTo(0.2380952380952381, within(EXACT));
        assertThat(r.metric(EQUAL_OPPORTUNITY_DIFFERENCE).value()).isCloseTo(0.5416666666666667, within(EXACT));
        assertThat(r.metric(EQUALIZED_ODDS_DIFFERENCE).value()).isCloseTo(0.5416666666666667, within(EXACT));
        assertThat(r.metric(PREDICTIVE_PARITY_DIFFERENCE).value()).isCloseTo(0.4095238095238095, within(EXACT));
    }

    @Test
    void shouldLeaveOutAGroupWhoseRateIsUndefinedAndSaySo() {
        // c has no positives (TPR undefined) and no positive predictions (precision undefined); fairlearn
        // would count its TPR as 0 and report an equal-opportunity gap of 1/2 that is not there
        FairnessReport r = GroupFairness.evaluate("g", new int[] {1, 0, 1, 0, 0, 0},
                new int[] {1, 1, 1, 0, 0, 0}, new String[] {"a", "a", "b", "b", "c", "c"});

        assertThat(r.groups().get(2).truePositiveRate()).isNull();
        assertThat(r.groups().get(2).precision()).isNull();
        assertThat(r.groups().get(2).falsePositiveRate()).isEqualTo(0.0);
        FairnessValue opportunity = r.metric(EQUAL_OPPORTUNITY_DIFFERENCE);
        assertThat(opportunity.value()).isEqualTo(0.0);
        assertThat(opportunity.compared()).containsExactly("a", "b");
        assertThat(opportunity.excluded()).containsExactly(new ExcludedGroup("c", "no positives (TPR undefined)"));
        FairnessValue odds = r.metric(EQUALIZED_ODDS_DIFFERENCE);
        assertThat(odds.value()).isEqualTo(1.0); // FPR over a, b, c: 1/1 − 0
        assertThat(odds.compared()).containsExactly("a", "b");
        assertThat(r.metric(PREDICTIVE_PARITY_DIFFERENCE).excluded()).extracting(ExcludedGroup::reason)
                .containsExactly("no positive predictions (precision undefined)");
    }

    @Test
    void shouldCountMissingGroupsAndReportSmallGroupsWithoutComparingThem() {
        String[] groups = {"a", "a", "a", " b ", "b", "b", "c", null, "NA"};
        int[] y = {1, 0, 1, 1, 0, 0, 1, 1, 1};
        int[] p = {1, 0, 0, 1, 1, 0, 1, 1, 1};

        FairnessReport r = GroupFairness.evaluate("g", y, p, groups, new FairnessOptions(2, null));

        assertThat(r.rows()).isEqualTo(9);
        assertThat(r.missingGroup()).isEqualTo(2);
        assertThat(r.groups()).extracting(GroupRates::group, GroupRates::count, GroupRates::used)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 3L, true),
                        org.assertj.core.groups.Tuple.tuple("b", 3L, true),
                        org.assertj.core.groups.Tuple.tuple("c", 1L, false));
        assertThat(r.metric(DEMOGRAPHIC_PARITY_DIFFERENCE).excluded())
                .containsExactly(new ExcludedGroup("c", "1 rows, fewer than the minimum group size 2"));
        assertThat(r.metric(DEMOGRAPHIC_PARITY_DIFFERENCE).value()).isEqualTo(1 / 3.0);
    }

    @Test
    void shouldCompareOnlyDeclaredGroupsAndReportAbsentOnes() {
        FairnessReport r = GroupFairness.evaluate("g", new int[] {1, 0, 1, 0}, new int[] {1, 0, 0, 0},
                new String[] {"a", "b", "x", "x"}, new FairnessOptions(1, List.of("b", "a", "z")));

        assertThat(r.groups()).extracting(GroupRates::group).containsExactly("b", "a", "z");
        assertThat(r.groups().get(2)).isEqualTo(new GroupRates("z", 0, 0, 0, false, null, null, null, null, null));
        assertThat(r.undeclared()).isEqualTo(2);
        assertThat(r.metric(DEMOGRAPHIC_PARITY_DIFFERENCE).excluded())
                .containsExactly(new ExcludedGroup("z", "absent from the data"));
    }

    @Test
    void shouldGiveNullWithFewerThanTwoGroupsOrNobodySelected() {
        FairnessReport one = GroupFairness.evaluate("g", new int[] {1, 0}, new int[] {1, 0}, new String[] {"a", "a"});
        FairnessReport nobody = GroupFairness.evaluate("g", new int[] {1, 0}, new int[] {0, 0},
                new String[] {"a", "b"});

        assertThat(one.metrics()).allSatisfy(v -> assertThat(v.value()).isNull());
        assertThat(nobody.metric(DEMOGRAPHIC_PARITY_DIFFERENCE).value()).isEqualTo(0.0);
        // 0/0: fairlearn's demographic_parity_ratio gives nan
        assertThat(nobody.metric(DEMOGRAPHIC_PARITY_RATIO).value()).isNull();
    }

    @Test
    void shouldRefuseLabelsOtherThanZeroAndOne() {
        assertThatThrownBy(() -> GroupFairness.evaluate("g", new int[] {1, 2}, new int[] {1, 0},
                new String[] {"a", "b"})).hasMessage("yTrue must hold 0 or 1, but yTrue[1] is 2");
        assertThatThrownBy(() -> GroupFairness.evaluate("g", new int[] {1, 0}, new int[] {1, 0}, new String[] {"a"}))
                .hasMessage("groups must have one value per row of yTrue (2), but got 1");
        assertThatThrownBy(() -> new FairnessOptions(1, List.of("a", " a")))
                .hasMessage("declaredGroups must be distinct after trimming, but got [a,  a]");
    }
}
