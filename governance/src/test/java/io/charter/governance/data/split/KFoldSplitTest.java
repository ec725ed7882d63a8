package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.kFold;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.rowsWith;
import static io.charter.governance.data.split.SplitFixtures.stratifiedKFold;
import static io.charter.governance.data.split.SplitFixtures.testRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.charter.governance.data.split.SplitFixtures.Table;
import java.util.HashMap;
import java.util.LongSummaryStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFOLD and STRATIFIED_KFOLD: every non-test row validates exactly once, folds of near-equal size. */
class KFoldSplitTest {

    private static final Table CUSTOMERS = customers(9_997, 3);

    @Test
    void shouldValidateEveryNonTestRowInExactlyOneFold() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, kFold(0.2, 7, 1)).assignment();

        assertThat(a.folds()).isEqualTo(7);
        for (int row = 0; row < a.rows(); row++) {
            int validated = 0;
            for (int f = 0; f < a.folds(); f++) {
                SplitRole role = a.role(row, f);
                assertThat(role).isNotEqualTo(SplitRole.UNUSED);
                assertThat(role == SplitRole.TEST).isEqualTo(a.isTest(row));
                validated += role == SplitRole.VALIDATION ? 1 : 0;
            }
            assertThat(validated).isEqualTo(a.isTest(row) ? 0 : 1);
        }
        assertThat(testRows(a)).hasSize(1_999);
    }

    @Test
    void shouldMakeFoldsDifferInSizeByAtMostOneRow() throws Exception {
        for (int folds = 2; folds <= 20; folds += 3) {
            SplitAssignment a = plan(CUSTOMERS, kFold(0.15, folds, folds)).assignment();

            LongSummaryStatistics sizes = new LongSummaryStatistics();
            for (int f = 0; f < folds; f++) {
                long validation = rowsWith(a, SplitRole.VALIDATION, f);
                sizes.accept(validation);
                assertThat(rowsWith(a, SplitRole.TRAIN, f)).isEqualTo(a.rows() - 1_500 - validation);
            }
            assertThat(sizes.getMax() - sizes.getMin()).as(folds + " folds").isLessThanOrEqualTo(1);
            assertThat(sizes.getSum()).isEqualTo(a.rows() - 1_500);
        }
    }

    @Test
    void shouldDealEveryClassEvenlyOverTheFolds() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, stratifiedKFold(0.1, 6, 8, "label")).assignment();

        Map<String, long[]> perClassFold = new HashMap<>();
        Map<String, long[]> perClassTest = new HashMap<>();
        for (int row = 0; row < CUSTOMERS.n(); row++) {
            String label = CUSTOMERS.value(row, "label");
            perClassTest.computeIfAbsent(label, k -> new long[2])[a.isTest(row) ? 1 : 0]++;
            for (int f = 0; f < 6; f++) {
                if (a.role(row, f) == SplitRole.VALIDATION) {
                    perClassFold.computeIfAbsent(label, k -> new long[6])[f]++;
                }
            }
        }
        for (String label : perClassFold.keySet()) {
            long[] folds = perClassFold.get(label);
            long[] testAndRest = perClassTest.get(label);
            long nonTest = testAndRest[0];
            for (long size : folds) {
                assertThat((double) size).as(label).isCloseTo(nonTest / 6.0, within(1.0));
            }
            assertThat((double) testAndRest[1]).isCloseTo(0.1 * (testAndRest[0] + testAndRest[1]), within(1.0));
        }
        LongSummaryStatistics sizes = new LongSummaryStatistics();
        for (int f = 0; f < 6; f++) {
            sizes.accept(a.count(SplitRole.VALIDATION, f));
        }
        assertThat(sizes.getMax() - sizes.getMin()).isLessThanOrEqualTo(1);
    }

    @Test
    void shouldStateTheVerifiedFoldProperties() throws Exception {
        SplitSummary summary = plan(CUSTOMERS, kFold(0.2, 4, 2)).summary();

        assertThat(summary.byFold()).hasSize(4);
        assertThat(summary.byFold().get(3).roles()).extracting(RoleSummary::role)
                .containsExactly(SplitRole.TRAIN, SplitRole.VALIDATION, SplitRole.TEST);
        assertThat(summary.checks()).contains(
                "each of the 9997 rows has exactly one role in every fold, so no row is in two splits of a fold",
                "the same 1999 rows (20.00%) are the locked test split in every fold, used for neither training nor "
                        + "validation",
                "every one of the 7998 non-test rows is in the validation split of exactly one of the 4 folds; "
                        + "validation folds have 1999 to 2000 rows");
    }

    @Test
    void shouldRefuseMoreFoldsThanRowsOutsideTheTestSplit() {
        SplitSpecException e = catchThrowableOfType(SplitSpecException.class,
                () -> plan(customers(20, 1), kFold(0.5, 12, 1)));

        assertThat(e.problems()).containsExactly(new SpecProblem("folds",
                "must be at most the 10 rows left after holding out the test split, but is 12"));
    }
}
