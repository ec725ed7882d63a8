package io.charter.governance.data.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Pearson's r between every pair of up to {@value #MAX_COLUMNS} numeric columns over all rows,
 * pairwise-complete (a pair uses the rows where both values are present), in one pass and
 * memory quadratic in the columns only.
 *
 * <p>Sums are of values shifted by the column's first value (the "shifted data" algorithm, Chan,
 * Golub &amp; LeVeque 1983), which avoids the cancellation of raw sums of squares when the mean is
 * large against the spread. To make a complete row cost one multiply-add per pair, per-column
 * sums are kept over all present values, and each pair subtracts what its partner's missing rows
 * contributed: rows where column i is present and j missing are tallied per ordered pair, which
 * costs present × missing per row, little when few values are missing.
 */
final class PearsonAccumulator {

    /** 60 columns = 1,770 pairs: the matrix is still readable and a row costs ~2 µs. */
    static final int MAX_COLUMNS = 60;

    /** Relative size below which a difference of sums is taken to be rounding. */
    private static final double ROUNDING = 1e-12;

    private final List<String> names;
    private final int k;
    private final double[] shift;
    private final boolean[] shifted;
    private final double[] delta;
    private final long[] n;
    private final double[] sum;
    private final double[] squares;
    private final long[] missingN;
    private final double[] missingSum;
    private final double[] missingSquares;
    private final double[] products;
    private final int[] present;
    private final int[] absent;
    private long rows;

    PearsonAccumulator(List<String> names) {
        this.names = List.copyOf(names);
        this.k = names.size();
        shift = new double[k];
        shifted = new boolean[k];
        delta = new double[k];
        n = new long[k];
        sum = new double[k];
        squares = new double[k];
        missingN = new long[k * k];
        missingSum = new double[k * k];
        missingSquares = new double[k * k];
        products = new double[k * k];
        present = new int[k];
        absent = new int[k];
    }

    /** One row: {@code values[i]} is column i's value where {@code isPresent[i]}. */
    void accept(double[] values, boolean[] isPresent) {
        rows++;
        int p = 0;
        int a = 0;
        for (int i = 0; i < k; i++) {
            if (!isPresent[i]) {
                absent[a++] = i;
                continue;
            }
            if (!shifted[i]) {
                shift[i] = values[i];
                shifted[i] = true;
            }
            double d = values[i] - shift[i];
            delta[i] = d;
            n[i]++;
            sum[i] += d;
            squares[i] += d * d;
            present[p++] = i;
        }
        for (int x = 0; x < p; x++) {
            int i = present[x];
            int base = i * k;
            double di = delta[i];
            for (int y = x + 1; y < p; y++) {
                products[base + present[y]] += di * delta[present[y]];
            }
            for (int y = 0; y < a; y++) {
                int cell = base + absent[y];
                missingN[cell]++;
                missingSum[cell] += di;
                missingSquares[cell] += di * di;
            }
        }
    }

    CorrelationMatrix result(int numericColumns) {
        List<List<Double>> values = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            List<Double> row = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                row.add(i == j ? (hasSpread(i) ? 1.0 : null) : r(Math.min(i, j), Math.max(i, j)));
            }
            values.add(row);
        }
        String method = "Pearson's r, pairwise-complete over all rows, exact sums of shifted values"
                + (numericColumns > k ? "; capped at the first " + k + " of " + numericColumns + " numeric columns"
                : "");
        return new CorrelationMatrix(names, values, method, rows);
    }

    /** r for i &lt; j, null when fewer than two rows have both or either has no spread. */
    private Double r(int i, int j) {
        long both = n[i] - missingN[i * k + j];
        if (both < 2) {
            return null;
        }
        double sx = sum[i] - missingSum[i * k + j];
        double sy = sum[j] - missingSum[j * k + i];
        double vx = squares[i] - missingSquares[i * k + j] - sx * sx / both;
        double vy = squares[j] - missingSquares[j * k + i] - sy * sy / both;
        double cov = products[i * k + j] - sx * sy / both;
        if (noSpread(vx, squares[i]) || noSpread(vy, squares[j])) {
            return null;
        }
        double r = cov / Math.sqrt(vx * vy);
        return Double.isFinite(r) ? Math.max(-1, Math.min(1, r)) : null;
    }

    private boolean hasSpread(int i) {
        return n[i] >= 2 && !noSpread(squares[i] - sum[i] * sum[i] / n[i], squares[i]);
    }

    /**
     * A sum of squared deviations that is zero up to the rounding of the subtractions it came
     * from: a column constant within a pair's rows has no correlation, not a random one.
     */
    private static boolean noSpread(double deviations, double squaresOfShifted) {
        return !(deviations > ROUNDING * squaresOfShifted);
    }
}
