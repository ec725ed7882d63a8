package io.charter.scheduler.tuning.sampler;

import java.util.Arrays;

/** The kernel widths of {@link ParzenEstimator}'s numeric dimensions, before the magic clip. */
final class Bandwidths {

    private Bandwidths() {
    }

    /** Optuna's {@code compute_sigmas}: the larger gap to a sorted neighbour (domain ends included). */
    static double[] neighbour(double[] mus, double low, double high, boolean considerEndpoints) {
        int n = mus.length;
        int[] order = argsort(mus);
        double[] s = new double[n + 2];
        s[0] = low;
        for (int i = 0; i < n; i++) {
            s[i + 1] = mus[order[i]];
        }
        s[n + 1] = high;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = Math.max(s[i + 1] - s[i], s[i + 2] - s[i + 1]);
        }
        if (!considerEndpoints && n + 2 >= 4) {
            sorted[0] = s[2] - s[1];
            sorted[n - 1] = s[n] - s[n - 1];
        }
        double[] sigmas = new double[n];
        for (int i = 0; i < n; i++) {
            sigmas[order[i]] = sorted[i];
        }
        return sigmas;
    }

    /** Indices that sort {@code v}, stably, without boxing (a bottom-up merge sort). */
    static int[] argsort(double[] v) {
        int n = v.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    b[k] = i < mid && (j >= hi || Double.compare(v[a[i]], v[a[j]]) <= 0) ? a[i++] : a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** {@code 0.2 · max(n, 1)^(−1/(d+4)) · range} for every kernel (Optuna ≤ 3, multivariate). */
    static double[] scott(int n, int dimensions, double range) {
        double[] sigmas = new double[n];
        Arrays.fill(sigmas, 0.2 * Math.pow(Math.max(n, 1), -1.0 / (dimensions + 4)) * range);
        return sigmas;
    }
}
