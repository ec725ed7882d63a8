package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.byValue;
import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.holdout;
import static io.charter.governance.data.split.SplitFixtures.kFold;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.roles;
import static io.charter.governance.data.split.SplitFixtures.rowsWith;
import static io.charter.governance.data.split.SplitFixtures.stratified;
import static io.charter.governance.data.split.SplitFixtures.stratifiedKFold;
import static io.charter.governance.data.split.SplitFixtures.table;
import static io.charter.governance.data.split.SplitFixtures.testRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.charter.governance.data.split.SplitFixtures.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HOLDOUT and STRATIFIED: exact sizes, per-class ratios, determinism and a test split that stays put. */
class HoldoutSplitTest {

    private static final Table CUSTOMERS = customers(10_000, 7);

    @Test
    void shouldGiveEveryRowExactlyOneRoleAtTheRatios() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, holdout(0.7, 0.2, 0.1, 42)).assignment();

        assertThat(a.rows()).isEqualTo(10_000);
        assertThat(a.folds()).isEqualTo(1);
        assertThat(rowsWith(a, SplitRole.TRAIN, 0)).isEqualTo(7_000);
        assertThat(rowsWith(a, SplitRole.VALIDATION, 0)).isEqualTo(2_000);
        assertThat(rowsWith(a, SplitRole.TEST, 0)).isEqualTo(1_000).isEqualTo(testRows(a).size());
        assertThat(rowsWith(a, SplitRole.UNUSED, 0)).isZero();
        for (SplitRole role : SplitRole.values()) {
            assertThat(a.count(role, 0)).isEqualTo(rowsWith(a, role, 0));
        }
    }

    @Test
    void shouldRoundSplitSizesToTheNearestRow() throws Exception {
        SplitAssignment a = plan(customers(1_003, 1), holdout(0.7, 0.15, 0.15, 3)).assignment();

        assertThat(a.count(SplitRole.TEST, 0)).isEqualTo(150);
        assertThat(a.count(SplitRole.VALIDATION, 0)).isEqualTo(301 - 150);
        assertThat(a.count(SplitRole.TRAIN, 0)).isEqualTo(1_003 - 301);
    }

    @Test
    void shouldSplitEveryClassWithinOneRowOfItsRatios() throws Exception {
        for (long seed = 0; seed < 5; seed++) {
            Table table = customers(2_000 + 137 * (int) seed, seed);
            SplitAssignment a = plan(table, stratified(0.6, 0.25, 0.15, seed, "label")).assignment();

            Map<String, long[]> perClass = byValue(table, a, 0, row -> table.value(row, "label"));

            assertThat(perClass).containsOnlyKeys("A", "B", "C", "NA");
            for (long[] roles : perClass.values()) {
                long n = roles[0] + roles[1] + roles[2];
                assertThat((double) roles[SplitRole.TRAIN.ordinal()]).isCloseTo(0.6 * n, within(1.0));
                assertThat((double) roles[SplitRole.VALIDATION.ordinal()]).isCloseTo(0.25 * n, within(1.0));
                assertThat((double) roles[SplitRole.TEST.ordinal()]).isCloseTo(0.15 * n, within(1.0));
            }
            assertThat(a.count(SplitRole.TEST, 0)).isEqualTo(Math.round(0.15 * table.n()));
            assertThat(a.count(SplitRole.VALIDATION, 0)).isCloseTo(Math.round(0.4 * table.n()) - a.count(
                    SplitRole.TEST, 0), within(1L));
        }
    }

    @Test
    void shouldKeepTinyClassesWithinOneRowInEverySplit() throws Exception {
        List<String> lines = new ArrayList<>(List.of("k"));
        for (int i = 0; i < 700; i++) {
            lines.add("c" + (i % 70));
        }
        Table table = table(lines.toArray(String[]::new));

        SplitAssignment a = plan(table, stratified(0.55, 0.3, 0.15, 9, "k")).assignment();

        for (long[] roles : byValue(table, a, 0, row -> table.value(row, "k")).values()) {
            assertThat((double) roles[0]).isCloseTo(5.5, within(1.0));
            assertThat((double) roles[1]).isCloseTo(3.0, within(1.0));
            assertThat((double) roles[2]).isCloseTo(1.5, within(1.0));
        }
        assertThat(a.count(SplitRole.TEST, 0)).isEqualTo(105);
        assertThat(a.count(SplitRole.VALIDATION, 0)).isEqualTo(210);
    }

    @Test
    void shouldMatchClassSharesInEverySplit() throws Exception {
        SplitPlan plan = plan(CUSTOMERS, stratified(0.7, 0.15, 0.15, 1, "label"));

        List<ClassShare> overall = plan.summary().classShares();
        assertThat(overall).extracting(ClassShare::value).containsExactly("A", "B", "C", null);
        for (RoleSummary role : plan.summary().byFold().get(0).roles()) {
            for (int c = 0; c < overall.size(); c++) {
                assertThat(role.classShares().get(c).share()).as(role.role() + " " + overall.get(c).value())
                        .isCloseTo(overall.get(c).share(), within(1.0 / role.rows()));
            }
        }
        assertThat(plan.summary().checks()).anyMatch(c -> c.startsWith("the shares of the 4 classes of \"label\""));
    }

    @Test
    void shouldDrawTheSameSplitFromTheSameSeedAndAnotherFromAnother() throws Exception {
        SplitAssignment first = plan(CUSTOMERS, holdout(0.7, 0.15, 0.15, 5)).assignment();
        SplitAssignment again = plan(CUSTOMERS, holdout(0.7, 0.15, 0.15, 5)).assignment();
        SplitAssignment other = plan(CUSTOMERS, holdout(0.7, 0.15, 0.15, 6)).assignment();

        assertThat(again).isEqualTo(first);
        assertThat(roles(other, 0)).isNotEqualTo(roles(first, 0));
        long sharedTest = testRows(other).stream().filter(first::isTest).count();
        assertThat(sharedTest).as("two seeds draw nearly independent test splits (15% overlap expected)")
                .isBetween(100L, 350L);
    }

    @Test
    void shouldUseTheDefaultSeedWhenTheSpecNamesNoneAndStateIt() throws Exception {
        SplitSpec unseeded = new SplitSpec(SplitMethod.HOLDOUT, 0.7, 0.15, 0.15, null, null, null, null, null);

        SplitPlan plan = plan(CUSTOMERS, unseeded);

        assertThat(plan.spec().seed()).isEqualTo(SplitSpec.DEFAULT_SEED);
        assertThat(plan.assignment()).isEqualTo(plan(CUSTOMERS, holdout(0.7, 0.15, 0.15, 0)).assignment());
    }

    @Test
    void shouldKeepTheTestSplitWhenOnlyTheValidationSchemeChanges() throws Exception {
        List<Integer> holdoutTest = testRows(plan(CUSTOMERS, holdout(0.7, 0.15, 0.15, 11)).assignment());
        List<Integer> otherValidation = testRows(plan(CUSTOMERS, holdout(0.55, 0.3, 0.15, 11)).assignment());
        List<Integer> kFoldTest = testRows(plan(CUSTOMERS, kFold(0.15, 5, 11)).assignment());
        List<Integer> stratifiedTest = testRows(plan(CUSTOMERS, stratified(0.7, 0.15, 0.15, 11, "label"))
                .assignment());
        List<Integer> stratifiedKFoldTest = testRows(plan(CUSTOMERS, stratifiedKFold(0.15, 4, 11, "label"))
                .assignment());

        assertThat(otherValidation).isEqualTo(holdoutTest);
        assertThat(kFoldTest).isEqualTo(holdoutTest);
        assertThat(stratifiedKFoldTest).isEqualTo(stratifiedTest);
    }

    @Test
    void shouldTreatMissingClassValuesAsOneClass() throws Exception {
        Table table = table("k,v", "a,1", ",2", "NA,3", "a,4", "null,5", "a,6", "N/A,7", "a,8", ",9", "a,10",
                ",11", "a,12", ",13", "a,14", ",15", "a,16", ",17", "a,18", ",19", "a,20");

        SplitPlan plan = plan(table, stratified(0.5, 0.4, 0.1, 1, "k"));

        assertThat(plan.summary().classes()).isEqualTo(2);
        assertThat(plan.summary().classShares()).containsExactly(new ClassShare("a", 10, 0.5),
                new ClassShare(null, 10, 0.5));
        Map<String, long[]> perClass = byValue(table, plan.assignment(), 0, row -> table.value(row, "k"));
        assertThat(perClass.get("a")[SplitRole.TEST.ordinal()]).isEqualTo(1);
    }

    @Test
    void shouldRefuseADataSetTooSmallForATestRow() {
        SplitSpecException e = catchThrowableOfType(SplitSpecException.class,
                () -> plan(customers(4, 1), holdout(0.8, 0.1, 0.1, 1)));

        assertThat(e.problems()).containsExactly(new SpecProblem("testRatio",
                "must hold out at least one row, but 0.1 of 4 rows rounds to none"));
    }

    @Test
    void shouldRefuseToStratifyByAColumnWithTooManyValues() {
        SplitSpecException e = catchThrowableOfType(SplitSpecException.class,
                () -> plan(customers(2_000, 1), stratified(0.7, 0.1, 0.2, 1, "x")));

        assertThat(e.problems()).containsExactly(new SpecProblem("stratifyColumn",
                "must have at most 1000 distinct values to stratify by, but \"x\" has more"));
    }
}
