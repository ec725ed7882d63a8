package io.charter.worker.training;

/** A model predicting one of {@code info().classCount()} classes, with probabilities. */
public interface ClassificationModel extends TrainedModel {

    /** Rows × classes; each row sums to 1. */
    double[][] predictProba(double[][] x);

    /** The most probable class per row (the lowest index on a tie). */
    default int[] predict(double[][] x) {
        double[][] p = predictProba(x);
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int c = 1; c < p[i].length; c++) {
                if (p[i][c] > p[i][best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }
}
