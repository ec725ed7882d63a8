package io.charter.worker.training.xgboost;

/** Row-major single-precision copies, the layout XGBoost's dense matrices read. */
final class Matrices {

    private Matrices() {
    }

    static float[] flatten(double[][] x) {
        int width = x.length == 0 ? 0 : x[0].length;
        float[] out = new float[x.length * width];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < width; j++) {
                out[i * width + j] = (float) x[i][j];
            }
        }
        return out;
    }

    static float[] labels(int[] classes, double[] targets) {
        int n = classes != null ? classes.length : targets.length;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = classes != null ? classes[i] : (float) targets[i];
        }
        return out;
    }
}
