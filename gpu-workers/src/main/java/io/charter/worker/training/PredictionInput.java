package io.charter.worker.training;

/** The check every model runs on its prediction input: one row per sample, as wide as the training data. */
public final class PredictionInput {

    private PredictionInput() {
    }

    /**
     * @throws IllegalArgumentException naming the first bad row or cell
     */
    public static void check(ModelInfo info, double[][] x, boolean acceptsMissing) {
        if (x == null) {
            throw new IllegalArgumentException("x must be a matrix of rows × " + info.featureCount() + " features, but is null");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != info.featureCount()) {
                throw new IllegalArgumentException("x[" + i + "] must have " + info.featureCount()
                        + " features (as the training data had), but has " + (x[i] == null ? "none" : x[i].length));
            }
            for (int j = 0; j < x[i].length; j++) {
                double v = x[i][j];
                if (Double.isInfinite(v) || Double.isNaN(v) && !acceptsMissing) {
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] must be a finite number ("
                            + info.algorithm() + (acceptsMissing ? " reads NaN as missing" : " does not accept missing values")
                            + "), but is " + v);
                }
            }
        }
    }
}
