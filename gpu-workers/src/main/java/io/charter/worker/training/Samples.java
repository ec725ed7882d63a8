package io.charter.worker.training;

/**
 * A numeric feature matrix and its labels: class indexes {@code 0..k-1} for classification, real
 * targets for regression, none for clustering. The arrays are not copied (training sets can be
 * large): do not change them while a training runs. Shapes and values are checked when training
 * starts, with paths such as {@code train.x[12][3]}.
 *
 * @param x       rows × features; NaN marks a missing value where the algorithm accepts it
 * @param classes class index per row, or null
 * @param targets target per row, or null
 */
public record Samples(double[][] x, int[] classes, double[] targets) {

    public static Samples classification(double[][] x, int[] classes) {
        return new Samples(x, classes, null);
    }

    public static Samples regression(double[][] x, double[] targets) {
        return new Samples(x, null, targets);
    }

    public static Samples unlabeled(double[][] x) {
        return new Samples(x, null, null);
    }

    public int rows() {
        return x == null ? 0 : x.length;
    }

    /** The width of the first row (all rows have it once checked). */
    public int features() {
        return x == null || x.length == 0 || x[0] == null ? 0 : x[0].length;
    }
}
