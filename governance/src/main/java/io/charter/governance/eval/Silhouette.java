package io.charter.governance.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Mean silhouette coefficient (Rousseeuw 1987) with Euclidean distance, as scikit-learn's
 * {@code silhouette_score}: for row i, a = mean distance to the other rows of its cluster,
 * b = the smallest mean distance to the rows of another cluster, s = (b − a) / max(a, b); a row
 * alone in its cluster has s = 0, and so has a row with a = b = 0 (sklearn's {@code nan_to_num}).
 * Cluster labels are arbitrary integers (DBSCAN's noise label −1 is a cluster like any other, as
 * in sklearn). Distances are computed directly, √Σ(uᵢ − vᵢ)²; sklearn's default
 * {@code euclidean_distances} expands |u − v|² = |u|² − 2u·v + |v|², which loses digits to
 * cancellation (2e-10 on the test data), so the two agree to that; with exact distances and
 * {@code metric="precomputed"} sklearn agrees to the last bit.
 *
 * <p>The score costs n² distance computations, so it is computed on at most {@link #MAX_SAMPLE}
 * rows (10⁸ distances, about a second per ten features on one core); beyond that on a uniform
 * sample without replacement drawn with the given seed — the same seed gives the same sample,
 * but not the sample sklearn's {@code sample_size} would draw.
 */
public final class Silhouette {

    /** Rows scored exactly; larger inputs are sampled down to this. */
    public static final int MAX_SAMPLE = 10_000;

    private Silhouette() {
    }

    /** The score on all rows, or on a sample of {@link #MAX_SAMPLE} drawn with seed 0. */
    public static SilhouetteScore score(double[][] x, int[] labels) {
        return score(x, labels, MAX_SAMPLE, 0);
    }

    /**
     * The score on all rows, or on {@code maxSample} rows drawn with {@code seed} when there are
     * more. The rows used must hold between 2 and (rows used − 1) clusters (sklearn: "Valid values
     * are 2 to n_samples - 1").
     */
    public static SilhouetteScore score(double[][] x, int[] labels, int maxSample, long seed) {
        int n = Checks.sameLength("x", x.length, "labels", labels.length);
        Checks.positive("maxSample", maxSample);
        int dims = checkRows(x);
        int[] rows = Sampling.choose(Sampling.all(n), maxSample, seed);
        int m = rows.length;
        int[] cluster = new int[m];
        int k = encode(labels, rows, cluster);
        if (k < 2 || k > m - 1) {
            throw new IllegalArgumentException("the rows scored (" + m + ") must hold between 2 and " + (m - 1)
                    + " clusters, but hold " + k);
        }
        int[] size = new int[k];
        for (int c : cluster) {
            size[c]++;
        }
        double[] sums = new double[k];
        double total = 0;
        for (int i = 0; i < m; i++) {
            Arrays.fill(sums, 0);
            double[] xi = x[rows[i]];
            for (int j = 0; j < m; j++) {
                if (j != i) {
                    sums[cluster[j]] += distance(xi, x[rows[j]], dims);
                }
            }
            total += coefficient(sums, size, cluster[i]);
        }
        return new SilhouetteScore(total / m, m, n, k);
    }

    private static double coefficient(double[] sums, int[] size, int own) {
        if (size[own] == 1) {
            return 0;
        }
        double a = sums[own] / (size[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sums.length; c++) {
            if (c != own) {
                b = Math.min(b, sums[c] / size[c]);
            }
        }
        double scale = Math.max(a, b);
        return scale == 0 ? 0 : (b - a) / scale;
    }

    private static double distance(double[] u, double[] v, int dims) {
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            double diff = u[d] - v[d];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }

    /** Cluster indexes 0..k−1 of the rows used, in order of first appearance; returns k. */
    private static int encode(int[] labels, int[] rows, int[] cluster) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            cluster[i] = index.computeIfAbsent(labels[rows[i]], l -> index.size());
        }
        return index.size();
    }

    private static int checkRows(double[][] x) {
        int dims = x[0] == null ? 0 : x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != dims || dims == 0) {
                throw new IllegalArgumentException("x must have the same positive number of features on every row ("
                        + dims + " on row 0), but row " + i + " has " + (x[i] == null ? "none" : x[i].length));
            }
            Checks.finite("x[" + i + "]", x[i]);
        }
        return dims;
    }
}
