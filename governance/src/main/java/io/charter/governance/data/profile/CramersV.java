package io.charter.governance.data.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cramér's (1946) V between categorical columns, from a {@link CategoricalSample}, with Bergsma's
 * (2013) bias correction: plain V is biased upwards in finite samples (two independent columns
 * with many levels show V well above 0), the corrected V is near 0 for independent columns and 1
 * for columns that determine each other.
 *
 * <p>Each column is reduced to its {@value #MAX_LEVELS} most frequent values over the whole file
 * (from the column's frequent-items sketch), the rest pooled as "other", so a table has at most
 * 31 × 31 cells. Pairs use the sampled rows where both values are present.
 */
final class CramersV {

    /** Levels kept per column before pooling the rest; the table stays small and well filled. */
    static final int MAX_LEVELS = 30;

    private CramersV() {
    }

    /**
     * The matrix for the sampled columns. {@code levels.get(c)} are column c's most frequent values
     * in order; the sample's cell hashes are matched against them.
     */
    static CorrelationMatrix matrix(CategoricalSample sample, List<String> names, List<List<String>> levels,
                                    String method) {
        int columns = names.size();
        int[][] codes = new int[columns][];
        int[] levelCount = new int[columns];
        for (int c = 0; c < columns; c++) {
            codes[c] = encode(sample, c, levels.get(c));
            levelCount[c] = levels.get(c).size() + 1;
        }
        List<List<Double>> values = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            List<Double> row = new ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                row.add(v(codes[i], levelCount[i], codes[j], levelCount[j]));
            }
            values.add(row);
        }
        return new CorrelationMatrix(names, values, method, sample.size());
    }

    /** Level codes per sampled row: index in {@code levels}, levels.size() for other, -1 if missing. */
    private static int[] encode(CategoricalSample sample, int column, List<String> levels) {
        Map<Integer, Integer> byHash = new HashMap<>();
        for (int l = 0; l < levels.size(); l++) {
            byHash.putIfAbsent(Cells.categoryHash(levels.get(l)), l);
        }
        int[] codes = new int[sample.size()];
        for (int r = 0; r < codes.length; r++) {
            int hash = sample.cell(r, column);
            codes[r] = hash == 0 ? -1 : byHash.getOrDefault(hash, levels.size());
        }
        return codes;
    }

    /** Bias-corrected V of two coded columns; null when undefined (a single level, or n &lt; 2). */
    static Double v(int[] x, int xLevels, int[] y, int yLevels) {
        long[] table = new long[xLevels * yLevels];
        long[] rowTotals = new long[xLevels];
        long[] colTotals = new long[yLevels];
        long n = 0;
        for (int r = 0; r < x.length; r++) {
            if (x[r] >= 0 && y[r] >= 0) {
                table[x[r] * yLevels + y[r]]++;
                rowTotals[x[r]]++;
                colTotals[y[r]]++;
                n++;
            }
        }
        int rows = nonZero(rowTotals);
        int cols = nonZero(colTotals);
        if (n < 2 || rows < 2 || cols < 2) {
            return null;
        }
        double phi2 = chiSquare(table, rowTotals, colTotals, n) / n;
        double bias = (double) (rows - 1) * (cols - 1) / (n - 1);
        double phi2Corrected = Math.max(0, phi2 - bias);
        double rowsCorrected = rows - (double) (rows - 1) * (rows - 1) / (n - 1);
        double colsCorrected = cols - (double) (cols - 1) * (cols - 1) / (n - 1);
        double denominator = Math.min(rowsCorrected - 1, colsCorrected - 1);
        if (!(denominator > 0)) {
            return null;
        }
        double v = Math.sqrt(phi2Corrected / denominator);
        return Double.isFinite(v) ? Math.min(1, v) : null;
    }

    /** Pearson's χ² = n·(Σ O²/(row·col) − 1), summed over the cells of non-empty rows and columns. */
    private static double chiSquare(long[] table, long[] rowTotals, long[] colTotals, long n) {
        double sum = 0;
        for (int i = 0; i < rowTotals.length; i++) {
            for (int j = 0; j < colTotals.length; j++) {
                long observed = table[i * colTotals.length + j];
                if (observed > 0) {
                    sum += (double) observed * observed / ((double) rowTotals[i] * colTotals[j]);
                }
            }
        }
        return Math.max(0, n * (sum - 1));
    }

    private static int nonZero(long[] totals) {
        int count = 0;
        for (long t : totals) {
            if (t > 0) {
                count++;
            }
        }
        return count;
    }
}
