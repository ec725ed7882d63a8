package io.charter.governance.eval;

import java.util.Arrays;

/**
 * True and false positives at every distinct score, highest score first: scikit-learn's
 * {@code confusion_matrix_at_thresholds} (formerly {@code _binary_clf_curve}). At threshold
 * {@code t} every row with score ≥ t is predicted positive, so rows with tied scores enter
 * together; this is what makes ROC-AUC count a tied positive–negative pair as ½ (Mann–Whitney).
 *
 * <p>Positives' and negatives' scores are sorted apart and merged, so no index permutation is
 * needed: O(n log n) time, 2n doubles. −0.0 is read as 0.0, as numpy compares them equal.
 */
final class ThresholdCounts {

    /** Distinct scores, decreasing. */
    final double[] thresholds;
    /** Positives with score ≥ thresholds[i]; increasing, the last is all positives. */
    final long[] tps;
    /** Negatives with score ≥ thresholds[i]; increasing, the last is all negatives. */
    final long[] fps;

    private ThresholdCounts(double[] thresholds, long[] tps, long[] fps) {
        this.thresholds = thresholds;
        this.tps = tps;
        this.fps = fps;
    }

    static ThresholdCounts of(boolean[] positive, double[] scores) {
        int p = 0;
        for (boolean b : positive) {
            p += b ? 1 : 0;
        }
        double[] pos = new double[p];
        double[] neg = new double[positive.length - p];
        int ip = 0;
        int in = 0;
        for (int i = 0; i < positive.length; i++) {
            double s = scores[i] + 0.0;
            if (positive[i]) {
                pos[ip++] = s;
            } else {
                neg[in++] = s;
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        return merge(pos, neg);
    }

    /** Walks both ascending arrays from their ends, one step per distinct score. */
    private static ThresholdCounts merge(double[] pos, double[] neg) {
        int n = pos.length + neg.length;
        double[] thresholds = new double[n];
        long[] tps = new long[n];
        long[] fps = new long[n];
        int ip = pos.length - 1;
        int in = neg.length - 1;
        int k = 0;
        long tp = 0;
        long fp = 0;
        while (ip >= 0 || in >= 0) {
            double v = Math.max(ip >= 0 ? pos[ip] : Double.NEGATIVE_INFINITY,
                    in >= 0 ? neg[in] : Double.NEGATIVE_INFINITY);
            while (ip >= 0 && pos[ip] == v) {
                tp++;
                ip--;
            }
            while (in >= 0 && neg[in] == v) {
                fp++;
                in--;
            }
            thresholds[k] = v;
            tps[k] = tp;
            fps[k] = fp;
            k++;
        }
        return new ThresholdCounts(Arrays.copyOf(thresholds, k), Arrays.copyOf(tps, k), Arrays.copyOf(fps, k));
    }

    int size() {
        return thresholds.length;
    }

    long positives() {
        return tps[tps.length - 1];
    }

    long negatives() {
        return fps[fps.length - 1];
    }
}
