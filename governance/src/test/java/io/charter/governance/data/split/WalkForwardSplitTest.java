package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.table;
import static io.charter.governance.data.split.SplitFixtures.testRows;
import static io.charter.governance.data.split.SplitFixtures.time;
import static io.charter.governance.data.split.SplitFixtures.walkForward;
import static io.charter.governance.data.split.TimeSplitTest.ranges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charter.governance.data.Values;
import io.charter.governance.data.split.SplitFixtures.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WALK_FORWARD: expanding training windows, each validated on the next block in time, test the latest. */
class WalkForwardSplitTest {

    private static final Table CUSTOMERS = customers(8_000, 9);
    private static final int FOLDS = 4;

    @Test
    void shouldGrowEachTrainingWindowByThePreviousValidationBlock() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, walkForward(0.15, FOLDS, "day")).assignment();

        assertThat(a.folds()).isEqualTo(FOLDS);
        for (int row = 0; row < a.rows(); row++) {
            for (int f = 0; f + 1 < FOLDS; f++) {
                SplitRole now = a.role(row, f);
                SplitRole next = a.role(row, f + 1);
                if (now == SplitRole.TRAIN || now == SplitRole.VALIDATION) {
                    assertThat(next).isEqualTo(SplitRole.TRAIN);
                }
                if (now == SplitRole.UNUSED) {
                    assertThat(next).isIn(SplitRole.VALIDATION, SplitRole.UNUSED);
                }
            }
        }
        for (int f = 0; f + 1 < FOLDS; f++) {
            assertThat(a.count(SplitRole.TRAIN, f + 1))
                    .isEqualTo(a.count(SplitRole.TRAIN, f) + a.count(SplitRole.VALIDATION, f));
        }
    }

    @Test
    void shouldValidateEveryFoldOnRowsLaterThanItsTrainingAndEarlierThanTheUnusedAndTest() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, walkForward(0.15, FOLDS, "day")).assignment();

        for (int f = 0; f < FOLDS; f++) {
            Map<SplitRole, double[]> r = ranges(CUSTOMERS, a, f,
                    row -> Values.epochMillis(CUSTOMERS.value(row, "day")));
            assertThat(r.get(SplitRole.TRAIN)[1]).isLessThan(r.get(SplitRole.VALIDATION)[0]);
            assertThat(r.get(SplitRole.VALIDATION)[1]).isLessThan(r.get(SplitRole.TEST)[0]);
            if (f + 1 < FOLDS) {
                assertThat(r.get(SplitRole.VALIDATION)[1]).isLessThan(r.get(SplitRole.UNUSED)[0]);
                assertThat(r.get(SplitRole.UNUSED)[1]).isLessThan(r.get(SplitRole.TEST)[0]);
            } else {
                assertThat(r).doesNotContainKey(SplitRole.UNUSED);
            }
        }
    }

    @Test
    void shouldCutBlocksOfNearlyEqualSize() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, walkForward(0.2, FOLDS, "t")).assignment();

        long nonTest = a.rows() - a.count(SplitRole.TEST, 0);
        long block = nonTest / (FOLDS + 1);
        assertThat(a.count(SplitRole.TRAIN, 0)).isBetween(block - 20, block + 20);
        for (int f = 0; f < FOLDS; f++) {
            assertThat(a.count(SplitRole.VALIDATION, f)).isBetween(block - 40, block + 40);
        }
    }

    @Test
    void shouldHoldOutTheSameTestRowsAsATimeSplit() throws Exception {
        List<Integer> walkTest = testRows(plan(CUSTOMERS, walkForward(0.15, FOLDS, "day")).assignment());
        List<Integer> timeTest = testRows(plan(CUSTOMERS, time(0.7, 0.15, 0.15, "day")).assignment());

        assertThat(walkTest).isEqualTo(timeTest);
    }

    @Test
    void shouldReportUnusedRowsAndTheExpandingWindows() throws Exception {
        SplitPlan plan = plan(CUSTOMERS, walkForward(0.15, FOLDS, "day"));

        FoldSummary first = plan.summary().byFold().get(0);
        assertThat(first.roles()).extracting(RoleSummary::role)
                .containsExactly(SplitRole.TRAIN, SplitRole.VALIDATION, SplitRole.TEST, SplitRole.UNUSED);
        assertThat(first.roles().get(3).rows()).isEqualTo(plan.assignment().count(SplitRole.UNUSED, 0)).isPositive();
        assertThat(plan.summary().byFold().get(FOLDS - 1).roles().get(3).rows()).isZero();
        assertThat(plan.summary().checks()).anyMatch(c -> c.startsWith("training windows expand from fold to fold ("))
                .contains("in every fold, every validation row is later than every training row");
    }

    @Test
    void shouldRefuseMoreFoldsThanDistinctTimesAllow() {
        List<String> lines = new ArrayList<>(List.of("t"));
        for (int i = 0; i < 60; i++) {
            lines.add(Integer.toString(i / 20));
        }

        SplitSpecException e = catchThrowableOfType(SplitSpecException.class,
                () -> plan(table(lines.toArray(String[]::new)), walkForward(0.3, 3, "t")));

        assertThat(e.problems()).extracting(SpecProblem::path).containsExactly("folds");
        assertThat(e.problems().get(0).message()).startsWith("must let time block 3 of 4 start where the time changes");
    }
}
