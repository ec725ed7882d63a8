package io.charter.governance.data.split;

import static io.charter.governance.data.split.SplitFixtures.customers;
import static io.charter.governance.data.split.SplitFixtures.plan;
import static io.charter.governance.data.split.SplitFixtures.table;
import static io.charter.governance.data.split.SplitFixtures.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charter.governance.data.DataFormatException;
import io.charter.governance.data.Values;
import io.charter.governance.data.split.SplitFixtures.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** TIME: training before validation before test, and rows of one time never on two sides of a cut. */
class TimeSplitTest {

    private static final Table CUSTOMERS = customers(12_000, 5);

    @Test
    void shouldTrainOnTheEarliestRowsAndTestOnTheLatest() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, time(0.7, 0.15, 0.15, "day")).assignment();

        Map<SplitRole, double[]> ranges = ranges(CUSTOMERS, a, 0,
                row -> Values.epochMillis(CUSTOMERS.value(row, "day")));

        assertThat(ranges.get(SplitRole.TRAIN)[1]).isLessThan(ranges.get(SplitRole.VALIDATION)[0]);
        assertThat(ranges.get(SplitRole.VALIDATION)[1]).isLessThan(ranges.get(SplitRole.TEST)[0]);
    }

    @Test
    void shouldNeverLetRowsOfOneTimeStraddleACut() throws Exception {
        for (String column : List.of("day", "t")) {
            SplitAssignment a = plan(CUSTOMERS, time(0.6, 0.2, 0.2, column)).assignment();

            Map<String, Set<SplitRole>> rolesPerTime = new HashMap<>();
            for (int row = 0; row < CUSTOMERS.n(); row++) {
                rolesPerTime.computeIfAbsent(CUSTOMERS.value(row, column), k -> EnumSet.noneOf(SplitRole.class))
                        .add(a.role(row, 0));
            }
            assertThat(rolesPerTime.values()).as(column).allSatisfy(roles -> assertThat(roles).hasSize(1));
        }
    }

    @Test
    void shouldMeetTheRatiosAsCloselyAsTiesAllow() throws Exception {
        SplitAssignment a = plan(CUSTOMERS, time(0.7, 0.15, 0.15, "day")).assignment();

        Map<String, Integer> rowsPerDay = new HashMap<>();
        for (int row = 0; row < CUSTOMERS.n(); row++) {
            rowsPerDay.merge(CUSTOMERS.value(row, "day"), 1, Integer::sum);
        }
        int largestTie = rowsPerDay.values().stream().max(Integer::compare).orElseThrow();
        assertThat(a.count(SplitRole.TEST, 0)).isBetween(1_800L - largestTie, 1_800L + largestTie);
        assertThat(a.count(SplitRole.TRAIN, 0)).isBetween(8_400L - largestTie, 8_400L + largestTie);
    }

    @Test
    void shouldOrderANumericTimeColumnByValueWithNegativesFirst() throws Exception {
        SplitPlan plan = plan(CUSTOMERS, time(0.5, 0.25, 0.25, "t"));
        SplitAssignment a = plan.assignment();

        Map<SplitRole, double[]> ranges = ranges(CUSTOMERS, a, 0, row -> Double.parseDouble(CUSTOMERS.value(row, "t")));

        assertThat(ranges.get(SplitRole.TRAIN)[0]).isEqualTo(-50);
        assertThat(ranges.get(SplitRole.TRAIN)[1]).isLessThan(ranges.get(SplitRole.VALIDATION)[0]);
        assertThat(ranges.get(SplitRole.VALIDATION)[1]).isLessThan(ranges.get(SplitRole.TEST)[0]);
        RoleSummary train = plan.summary().byFold().get(0).roles().get(0);
        assertThat(train.minTime()).isEqualTo("-50");
        assertThat(train.maxTime()).isEqualTo(Long.toString((long) ranges.get(SplitRole.TRAIN)[1]));
    }

    @Test
    void shouldCompareDateTimesAsInstantsAcrossOffsets() throws Exception {
        Table table = table("when", "2021-01-01T10:00:00+02:00", "2021-01-01T09:00:00Z", "2021-01-01T08:30:00Z",
                "2021-01-01 07:00", "2021-01-01T12:00:00+05:00");

        SplitPlan plan = plan(table, time(0.4, 0.2, 0.4, "when"));

        // In UTC: 08:00, 09:00, 08:30, 07:00, 07:00; the last two are one time.
        assertThat(SplitFixtures.roles(plan.assignment(), 0)).containsExactly(SplitRole.VALIDATION, SplitRole.TEST,
                SplitRole.TEST, SplitRole.TRAIN, SplitRole.TRAIN);
        RoleSummary test = plan.summary().byFold().get(0).roles().get(2);
        assertThat(test.minTime()).isEqualTo("2021-01-01T08:30:00Z");
        assertThat(test.maxTime()).isEqualTo("2021-01-01T09:00:00Z");
    }

    @Test
    void shouldSkipValidationWhenItsRatioIsZero() throws Exception {
        SplitPlan plan = plan(CUSTOMERS, time(0.8, 0, 0.2, "day"));

        assertThat(plan.assignment().count(SplitRole.VALIDATION, 0)).isZero();
        assertThat(plan.summary().byFold().get(0).roles().get(1).minTime()).isNull();
        assertThat(plan.summary().checks()).contains("every test row is later than every training and validation "
                + "row, so no time is shared with the test split").noneMatch(c -> c.startsWith("every validation"));
    }

    @Test
    void shouldIgnoreTheSeed() throws Exception {
        SplitSpec seeded = new SplitSpec(SplitMethod.TIME, 0.7, 0.15, 0.15, 99L, null, null, "day", null);

        assertThat(plan(CUSTOMERS, seeded).assignment()).isEqualTo(plan(CUSTOMERS, time(0.7, 0.15, 0.15, "day"))
                .assignment());
    }

    @Test
    void shouldNameTheRowAndColumnOfAMissingTime() {
        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> plan(table("id,when", "1,2021-01-01", "2,2021-01-02", "3, NA ", "4,2021-01-04"),
                        time(0.5, 0.25, 0.25, "when")));

        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("when");
        assertThat(e).hasMessage("row 3, column 2 (\"when\"): the time column must have a value in every row, "
                + "but this one is missing");
    }

    @Test
    void shouldNameAValueThatIsNeitherADateTimeNorANumber() {
        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> plan(table("when", "2021-01-01", "yesterday"), time(0.5, 0.25, 0.25, "when")));

        assertThat(e).hasMessage("row 2, column 1 (\"when\"): the time column must have an ISO-8601 date-time or "
                + "a number, but has \"yesterday\"");
    }

    @Test
    void shouldRefuseNumbersAmongDateTimes() {
        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> plan(table("when", "2021-01-01", "2021-01-02", "17"), time(0.5, 0.25, 0.25, "when")));

        assertThat(e.row()).isEqualTo(3);
        assertThat(e).hasMessageEndingWith("the time column must have a date-time like row 1 (\"2021-01-01\"), "
                + "but has \"17\"");
    }

    @Test
    void shouldRefuseATimeColumnWithTooFewDistinctTimesToCut() {
        List<String> lines = new ArrayList<>(List.of("when"));
        for (int i = 0; i < 30; i++) {
            lines.add(i < 29 ? "2021-01-01" : "2021-01-02");
        }

        SplitSpecException e = catchThrowableOfType(SplitSpecException.class,
                () -> plan(table(lines.toArray(String[]::new)), time(0.5, 0.25, 0.25, "when")));

        assertThat(e.problems()).containsExactly(new SpecProblem("timeColumn", "must let the validation split "
                + "start where the time changes, but rows 1 to 29 in time order all have the time "
                + "2021-01-01T00:00:00Z and no other change is available; choose other ratios or folds, or a finer "
                + "time column"));
    }

    /** Per role in the fold: the smallest and largest time of its rows, read from the table. */
    static Map<SplitRole, double[]> ranges(Table table, SplitAssignment a, int fold, ToDoubleFunction<Integer> time) {
        Map<SplitRole, double[]> ranges = new EnumMap<>(SplitRole.class);
        for (int row = 0; row < table.n(); row++) {
            double t = time.applyAsDouble(row);
            double[] range = ranges.computeIfAbsent(a.role(row, fold),
                    r -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            range[0] = Math.min(range[0], t);
            range[1] = Math.max(range[1], t);
        }
        return ranges;
    }
}
