package io.charter.governance.data.split;

import io.charter.governance.data.CsvRows;
import io.charter.governance.data.DataFormatException;
import io.charter.governance.data.RowSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Small generated tables held in memory, specs for every method, and reference readings of the
 * plan computed by plain loops over the table, independent of the planner's own tallies.
 */
final class SplitFixtures {

    /** Columns of {@link #customers}. */
    static final List<String> HEADER = List.of("id", "label", "day", "t", "user", "x");

    private SplitFixtures() {
    }

    /** A table as the planner sees it (CSV bytes) and as the tests read it (fields per row). */
    record Table(List<String> header, List<String[]> rows) {

        String csv() {
            StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
            for (String[] row : rows) {
                csv.append(String.join(",", row)).append('\n');
            }
            return csv.toString();
        }

        RowSource source() {
            byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
            return CsvRows.of(() -> new ByteArrayInputStream(bytes), ',');
        }

        int n() {
            return rows.size();
        }

        /** The trimmed field of a row in a named column. */
        String value(int row, String column) {
            return rows.get(row)[header.indexOf(column)].strip();
        }
    }

    /**
     * {@code n} rows: label A (about 60%), B (30%), C (9%) or missing (1%); day, a date with about
     * 40 rows per day; t, a number with ties; user, groups of 1 to 30 rows; x, noise. Rows are not
     * in time order.
     */
    static Table customers(int n, long seed) {
        Random random = new Random(seed);
        List<String[]> rows = new ArrayList<>(n);
        int user = 0;
        int userLeft = 0;
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < n; i++) {
            if (userLeft == 0) {
                user++;
                userLeft = 1 + random.nextInt(30);
            }
            userLeft--;
            double u = random.nextDouble();
            String label = u < 0.6 ? "A" : u < 0.9 ? "B" : u < 0.99 ? "C" : "NA";
            int day = random.nextInt(Math.max(1, n / 40));
            String t = Integer.toString(random.nextInt(n / 10 + 1) - 50);
            rows.add(new String[] {Integer.toString(i), label, start.plusDays(day).toString(), t, "u" + user,
                    Double.toString(random.nextGaussian())});
        }
        return new Table(HEADER, rows);
    }

    /** A table from literal lines, the first the header. */
    static Table table(String... lines) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(",", -1));
        }
        return new Table(List.of(lines[0].split(",")), rows);
    }

    static SplitPlan plan(Table table, SplitSpec spec) throws IOException, DataFormatException {
        return SplitPlanner.plan(table.source(), spec, rows -> { });
    }

    static SplitSpec holdout(double train, double validation, double test, long seed) {
        return new SplitSpec(SplitMethod.HOLDOUT, train, validation, test, seed, null, null, null, null);
    }

    static SplitSpec stratified(double train, double validation, double test, long seed, String column) {
        return new SplitSpec(SplitMethod.STRATIFIED, train, validation, test, seed, null, column, null, null);
    }

    static SplitSpec kFold(double test, int folds, long seed) {
        return new SplitSpec(SplitMethod.KFOLD, null, null, test, seed, folds, null, null, null);
    }

    static SplitSpec stratifiedKFold(double test, int folds, long seed, String column) {
        return new SplitSpec(SplitMethod.STRATIFIED_KFOLD, null, null, test, seed, folds, column, null, null);
    }

    static SplitSpec time(double train, double validation, double test, String column) {
        return new SplitSpec(SplitMethod.TIME, train, validation, test, null, null, null, column, null);
    }

    static SplitSpec walkForward(double test, int folds, String column) {
        return new SplitSpec(SplitMethod.WALK_FORWARD, null, null, test, null, folds, null, column, null);
    }

    static SplitSpec group(double train, double validation, double test, long seed, String column) {
        return new SplitSpec(SplitMethod.GROUP, train, validation, test, seed, null, null, null, column);
    }

    static SplitSpec groupKFold(double test, int folds, long seed, String column) {
        return new SplitSpec(SplitMethod.GROUP, null, null, test, seed, folds, null, null, column);
    }

    /** Rows with {@code role} in {@code fold}, counted row by row through {@link SplitAssignment#role}. */
    static long rowsWith(SplitAssignment a, SplitRole role, int fold) {
        long count = 0;
        for (long row = 0; row < a.rows(); row++) {
            count += a.role(row, fold) == role ? 1 : 0;
        }
        return count;
    }

    /** Per value of {@code key}: rows with each role in {@code fold}, indexed by role ordinal. */
    static Map<String, long[]> byValue(Table table, SplitAssignment a, int fold, Function<Integer, String> key) {
        Map<String, long[]> counts = new HashMap<>();
        for (int row = 0; row < table.n(); row++) {
            counts.computeIfAbsent(key.apply(row), k -> new long[SplitRole.values().length])
                    [a.role(row, fold).ordinal()]++;
        }
        return counts;
    }

    /** The roles of every row in a fold, for comparing plans. */
    static SplitRole[] roles(SplitAssignment a, int fold) {
        SplitRole[] roles = new SplitRole[(int) a.rows()];
        Arrays.setAll(roles, row -> a.role(row, fold));
        return roles;
    }

    /** The 0-based rows in the test split. */
    static List<Integer> testRows(SplitAssignment a) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < a.rows(); row++) {
            if (a.isTest(row)) {
                rows.add(row);
            }
        }
        return rows;
    }
}
