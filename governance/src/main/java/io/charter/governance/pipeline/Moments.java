package io.charter.governance.pipeline;

/**
 * Count, mean, population variance, minimum and maximum of a stream of numbers in constant
 * memory, by Welford's (1962) update, which stays accurate where the naive sum of squares cancels.
 */
final class Moments {

    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    void add(double x) {
        count++;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    long count() {
        return count;
    }

    double mean() {
        return mean;
    }

    /** The population (n, not n − 1) standard deviation, as scikit-learn's StandardScaler uses. */
    double std() {
        return Math.sqrt(m2 / count);
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }
}
