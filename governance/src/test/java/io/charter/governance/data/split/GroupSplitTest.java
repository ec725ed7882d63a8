package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.byValue;
import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.group;
import static io.charter.governance.data.split.SplitFixtures.groupKFold;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.roles;
import static io.charter.governance.data.split.SplitFixtures.table;
import static io.charter.governance.data.split.SplitFixtures.testRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charter.governance.data.split.SplitFixtures.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GROUP: every group wholly in one split, sizes near the ratios, group k-fold. */
class GroupSplitTest {

    /** Users of 1 to 30 rows each. */
    private static final Table CUSTOMERS = customers(10_000, 4);
    private static final int LARGEST_GROUP = 30;

    @Test
    void shouldPutEveryGroupWhollyInOneSplit() throws Exception {
        SplitPlan plan = plan(CUSTOMERS, group(0.7, 0.15, 0.15, 3, "user"));

        Map<String, long[]> perUser = byValue(CUSTOMERS, plan.assignment(), 0, row -> CUSTOMERS.value(row, "user"));

        for (long[] roles : perUser.values()) {
            assertThat(nonZero(roles)).isEqualTo(1);
        }
        assertThat(plan.summary().groups()).isEqualTo(perUser.size());
        assertThat(plan.summary().groupsDisjoint()).isTrue();
        assertThat(plan.summary().checks())
                .contains("no group of \"user\" has rows in two splits of any fold (" + perUser.size() + " groups)");
    }

    @Test
    void shouldFillTheSplitsToTheRatiosWithinOneGroup() throws Exception {
        for (long seed = 0; seed < 4; seed++) {
            SplitAssignment a = plan(CUSTOMERS, group(0.7, 0.15, 0.15, seed, "user")).assignment();

            assertThat(a.count(SplitRole.TEST, 0)).isBetween(1_500L - LARGEST_GROUP, 1_500L + LARGEST_GROUP);
            assertThat(a.count(SplitRole.VALIDATION, 0)).isBetween(1_500L - LARGEST_GROUP, 1_500L + LARGEST_GROUP);
        }
    }

    @Test
    void shouldCountGroupsPerSplit() throws Exception {
        SplitPlan plan = plan(CUSTOMERS, group(0.7, 0.15, 0.15, 3, "user"));

        Map<String, long[]> perUser = byValue(CUSTOMERS, plan.assignment(), 0, row -> CUSTOMERS.value(row, "user"));
        for (RoleSummary role : plan.summary().byFold().get(0).roles()) {
            long users = perUser.values().stream().filter(r -> r[role.role().ordinal()] > 0).count();
            assertThat(role.groups()).as(role.role().toString()).isEqualTo(users);
        }
    }

    @Test
    void shouldValidateEveryNonTestGroupInExactlyOneFold() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, groupKFold(0.2, 5, 8, "user")).assignment();

        Set<String> testUsers = new HashSet<>();
        Map<String, Set<Integer>> validatedIn = new HashMap<>();
        for (int row = 0; row < CUSTOMERS.n(); row++) {
            String user = CUSTOMERS.value(row, "user");
            if (a.isTest(row)) {
                testUsers.add(user);
            }
            for (int f = 0; f < 5; f++) {
                if (a.role(row, f) == SplitRole.VALIDATION) {
                    validatedIn.computeIfAbsent(user, u -> new HashSet<>()).add(f);
                }
            }
        }
        assertThat(validatedIn.values()).allSatisfy(folds -> assertThat(folds).hasSize(1));
        assertThat(validatedIn.keySet()).doesNotContainAnyElementsOf(testUsers);
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        for (int f = 0; f < 5; f++) {
            for (long[] roles : byValue(CUSTOMERS, a, f, row -> CUSTOMERS.value(row, "user")).values()) {
                assertThat(nonZero(roles)).isEqualTo(1);
            }
            smallest = Math.min(smallest, a.count(SplitRole.VALIDATION, f));
            largest = Math.max(largest, a.count(SplitRole.VALIDATION, f));
        }
        assertThat(largest - smallest).isLessThanOrEqualTo(LARGEST_GROUP);
    }

    @Test
    void shouldKeepTheTestGroupsWhenFoldsReplaceTheValidationRatio() throws Exception {
        List<Integer> holdout = testRows(plan(CUSTOMERS, group(0.7, 0.15, 0.15, 21, "user")).assignment());
        List<Integer> kFold = testRows(plan(CUSTOMERS, groupKFold(0.15, 3, 21, "user")).assignment());

        assertThat(kFold).isEqualTo(holdout);
    }

    @Test
    void shouldDrawAnotherSplitFromAnotherSeedOnly() throws Exception {
        SplitAssignment first = plan(CUSTOMERS, group(0.7, 0.15, 0.15, 1, "user")).assignment();

        assertThat(plan(CUSTOMERS, group(0.7, 0.15, 0.15, 1, "user")).assignment()).isEqualTo(first);
        assertThat(roles(plan(CUSTOMERS, group(0.7, 0.15, 0.15, 2, "user")).assignment(), 0))
                .isNotEqualTo(roles(first, 0));
    }

    @Test
    void shouldKeepRowsWithoutAGroupTogether() throws Exception {
        List<String> lines = new ArrayList<>(List.of("g,v"));
        for (int i = 0; i < 400; i++) {
            lines.add((i % 10 == 0 ? "" : "g" + (i % 37)) + "," + i);
        }
        Table table = table(lines.toArray(String[]::new));

        SplitAssignment a = plan(table, group(0.6, 0.2, 0.2, 5, "g")).assignment();

        Set<SplitRole> missingRoles = new HashSet<>();
        for (int row = 0; row < 400; row += 10) {
            missingRoles.add(a.role(row, 0));
        }
        assertThat(missingRoles).hasSize(1);
    }

    @Test
    void shouldRefuseGroupsTooLargeForTheTestSplit() {
        List<String> lines = new ArrayList<>(List.of("g"));
        for (int i = 0; i < 100; i++) {
            lines.add(i < 50 ? "a" : "b");
        }

        SplitSpecException e = catchThrowableOfType(SplitSpecException.class,
                () -> plan(table(lines.toArray(String[]::new)), group(0.8, 0.1, 0.1, 1, "g")));

        assertThat(e.problems()).containsExactly(new SpecProblem("groupColumn", "must have groups small enough to "
                + "set about 10 of the 100 rows aside for testing, but none of its 2 groups fits (the smallest has "
                + "50 rows)"));
    }

    @Test
    void shouldRefuseMoreFoldsThanGroupsLeftAfterTheTestSplit() {
        List<String> lines = new ArrayList<>(List.of("g"));
        for (int i = 0; i < 100; i++) {
            lines.add("g" + (i % 4));
        }

        SplitSpecException e = catchThrowableOfType(SplitSpecException.class,
                () -> plan(table(lines.toArray(String[]::new)), groupKFold(0.25, 5, 1, "g")));

        assertThat(e.problems()).containsExactly(new SpecProblem("folds",
                "must be at most the 3 groups left after holding out the test split, but is 5"));
    }

    private static int nonZero(long[] counts) {
        int nonZero = 0;
        for (long c : counts) {
            nonZero += c > 0 ? 1 : 0;
        }
        return nonZero;
    }
}
