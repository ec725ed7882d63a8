package io.charter.worker.training.smile;

import java.io.Serializable;
import smile.classification.DecisionTree;
import smile.classification.LogisticRegression;
import smile.classification.PlattScaling;
import smile.classification.SVM;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.LinearModel;
import smile.regression.RegressionTree;

/**
 * What a Smile model saves: the fitted Smile object plus whatever turns it into Charter's answers
 * (a Platt scaler, a schema for Smile's data-frame trees). Serialized with Java serialization under an
 * allow-list filter ({@link SmileSerialization}).
 */
final class Predictors {

    private Predictors() {
    }

    /** Class probabilities of one row into {@code out} (length = classes). */
    interface Soft extends Serializable {
        void proba(double[] row, double[] out);
    }

    /** A real value for one row. */
    interface Value extends Serializable {
        double value(double[] row);
    }

    /** A cluster (or noise, −1) for one row, and what training found. */
    interface Cluster extends Serializable {
        int cluster(double[] row);

        int[] assignments();

        int clusters();
    }

    record Logistic(LogisticRegression model) implements Soft {
        @Override
        public void proba(double[] row, double[] out) {
            model.predict(row, out);
        }
    }

    /**
     * Smile's trees read {@link Tuple}s through their formula, bound to the training frame's schema
     * (features then the target column), so a row is wrapped with a placeholder target.
     */
    record TreeClassifier(DecisionTree tree, StructType schema) implements Soft {
        @Override
        public void proba(double[] row, double[] out) {
            tree.predict(Tuple.of(withTarget(row), schema), out);
        }
    }

    record TreeRegressor(RegressionTree tree, StructType schema) implements Value {
        @Override
        public double value(double[] row) {
            return tree.predict(Tuple.of(withTarget(row), schema));
        }
    }

    /** Read through the formula too: Smile's OLS keeps the intercept as a design column, ridge and lasso apart. */
    record Linear(LinearModel model, StructType schema) implements Value {
        @Override
        public double value(double[] row) {
            return model.predict(Tuple.of(withTarget(row), schema));
        }
    }

    /** P(class 1) = Platt's sigmoid of the SVM's decision value (Platt 1999). */
    record PlattSvm(SVM<double[]> svm, PlattScaling platt) implements Soft {
        @Override
        public void proba(double[] row, double[] out) {
            double p = platt.scale(svm.score(row));
            out[0] = 1 - p;
            out[1] = p;
        }
    }

    /** Nearest centroid by squared Euclidean distance; the lowest index wins a tie. */
    record Centroids(double[][] centroids, int[] assignments) implements Cluster {
        @Override
        public int cluster(double[] row) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double d = squaredDistance(row, centroids[c]);
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            return best;
        }

        @Override
        public int clusters() {
            return centroids.length;
        }
    }

    /**
     * DBSCAN's answer for a new row: the cluster of the nearest core point within {@code radius}, or
     * noise (−1). This is the density-reachability rule of Ester et al. (a point joins a cluster if it
     * lies in a core point's neighbourhood) applied to the new point; it does not grow clusters.
     */
    record CorePoints(double[][] cores, int[] coreClusters, double radius, int[] assignments, int clusters)
            implements Cluster {
        @Override
        public int cluster(double[] row) {
            double limit = radius * radius;
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int i = 0; i < cores.length; i++) {
                double d = squaredDistance(row, cores[i]);
                if (d <= limit && d < bestDistance) {
                    best = coreClusters[i];
                    bestDistance = d;
                }
            }
            return best;
        }
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            sum += d * d;
        }
        return sum;
    }

    private static double[] withTarget(double[] row) {
        double[] full = new double[row.length + 1];
        System.arraycopy(row, 0, full, 0, row.length);
        return full;
    }
}
