package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.holdout;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.stratified;
import static io.charter.governance.data.split.SplitFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.charter.governance.data.RowHandler;
import io.charter.governance.data.RowSource;
import io.charter.governance.data.split.SplitFixtures.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every plan shares: progress, a summary that agrees with the assignment, refusal of a changing table. */
class SplitPlannerTest {

    private static final Table CUSTOMERS = customers(12_000, 6);

    @Test
    void shouldReportProgressOverEveryPass() throws Exception {
        for (SplitSpec spec : List.of(holdout(0.7, 0.15, 0.15, 1), stratified(0.7, 0.15, 0.15, 1, "label"),
                time(0.7, 0.15, 0.15, "day"))) {
            List<Long> reports = new ArrayList<>();

            SplitPlanner.plan(CUSTOMERS.source(), spec, reports::add);

            assertThat(reports).as(spec.method().toString()).isSorted()
                    .endsWith(SplitPlanner.passes(spec) * 12_000L).contains(10_000L);
        }
        assertThat(SplitPlanner.passes(holdout(0.7, 0.15, 0.15, 1))).isEqualTo(1);
        assertThat(SplitPlanner.passes(stratified(0.7, 0.15, 0.15, 1, "label"))).isEqualTo(2);
    }

    @Test
    void shouldSummarizeTheCountsTheAssignmentHas() throws Exception {
        SplitPlan plan = plan(CUSTOMERS, holdout(0.6, 0.3, 0.1, 2));

        SplitSummary summary = plan.summary();
        assertThat(summary.method()).isEqualTo(SplitMethod.HOLDOUT);
        assertThat(summary.rows()).isEqualTo(12_000);
        assertThat(summary.folds()).isEqualTo(1);
        assertThat(summary.byFold().get(0).roles()).extracting(RoleSummary::role, RoleSummary::rows).containsExactly(
                tuple(SplitRole.TRAIN, 7_200L), tuple(SplitRole.VALIDATION, 3_600L), tuple(SplitRole.TEST, 1_200L));
        assertThat(summary.classShares()).isNull();
        assertThat(summary.groups()).isNull();
        assertThat(summary.groupsDisjoint()).isNull();
        assertThat(summary.byFold().get(0).roles().get(0).minTime()).isNull();
    }

    @Test
    void shouldReportClassSharesOfAStratifyColumnForAnyMethod() throws Exception {
        SplitSpec spec = new SplitSpec(SplitMethod.HOLDOUT, 0.7, 0.15, 0.15, 1L, null, "label", null, null);

        SplitSummary summary = plan(CUSTOMERS, spec).summary();

        assertThat(summary.classes()).isEqualTo(4);
        assertThat(summary.classShares()).extracting(ClassShare::rows)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(summary.byFold().get(0).roles()).allSatisfy(role -> assertThat(role.classShares()).hasSize(4)
                .extracting(ClassShare::rows).matches(rows -> rows.stream().mapToLong(Long::longValue).sum()
                        == role.rows()));
    }

    @Test
    void shouldRefuseATableThatChangesBetweenPasses() {
        RowSource shrinking = new RowSource() {
            private int passes;

            @Override
            public List<String> header() {
                return SplitFixtures.HEADER;
            }

            @Override
            public void forEach(RowHandler rows) throws IOException {
                int n = passes++ == 0 ? 100 : 99;
                for (int row = 0; row < n; row++) {
                    rows.accept(row, CUSTOMERS.rows().get(row));
                }
            }
        };

        IOException e = catchThrowableOfType(IOException.class,
                () -> SplitPlanner.plan(shrinking, stratified(0.7, 0.15, 0.15, 1, "label"), rows -> { }));

        assertThat(e).hasMessage("table must have the 100 rows it had when this split was planned, but has 99 now");
    }
}
