package io.charter.worker.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.eval.BinaryScores;
import io.charter.governance.eval.ClassificationMetrics;
import io.charter.governance.eval.ConfusionMatrix;
import io.charter.governance.eval.RegressionMetrics;
import io.charter.governance.eval.TaskType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small synthetic data sets with a known generating process, so a test can say how well a model
 * must do (a margin chance cannot reach), and the contract checks every family must pass.
 */
public final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** Train and test halves drawn from the same process. */
    public record Split(Samples train, Samples test) {
    }

    /** Binary labels from a logistic model of 3 of 5 standard normal features (Bayes AUC ≈ 0.9). */
    public static Split binary(int rows, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[2 * rows][5];
        int[] y = new int[2 * rows];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = r.nextGaussian();
            }
            double logit = 2 * x[i][0] - 1.5 * x[i][1] + x[i][2];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        }
        return classes(x, y, rows);
    }

    /** Class 1 inside a circle of radius 1.2 in the first two of 4 features: no linear model separates it. */
    public static Split circle(int rows, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[2 * rows][4];
        int[] y = new int[2 * rows];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = r.nextGaussian() * 1.2;
            }
            y[i] = x[i][0] * x[i][0] + x[i][1] * x[i][1] < 1.44 ? 1 : 0;
        }
        return classes(x, y, rows);
    }

    /** Three Gaussian classes (sd 1) centred 3 apart in 4 features. */
    public static Split multiclass(int rows, long seed) {
        Random r = new Random(seed);
        double[][] centres = {{0, 0, 0, 0}, {3, 0, 0, 0}, {0, 3, 0, 0}};
        double[][] x = new double[2 * rows][4];
        int[] y = new int[2 * rows];
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 4; j++) {
                x[i][j] = centres[y[i]][j] + r.nextGaussian();
            }
        }
        return classes(x, y, rows);
    }

    /** y = 3·x0 − 2·x1 + 0.5·x2 + 1 + N(0, 0.5²), with 2 irrelevant features (best R² ≈ 0.98). */
    public static Split regression(int rows, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[2 * rows][5];
        double[] y = new double[2 * rows];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = 3 * x[i][0] - 2 * x[i][1] + 0.5 * x[i][2] + 1 + 0.5 * r.nextGaussian();
        }
        double[][] trainX = java.util.Arrays.copyOfRange(x, 0, rows);
        double[][] testX = java.util.Arrays.copyOfRange(x, rows, 2 * rows);
        return new Split(Samples.regression(trainX, java.util.Arrays.copyOfRange(y, 0, rows)),
                Samples.regression(testX, java.util.Arrays.copyOfRange(y, rows, 2 * rows)));
    }

    /** {@code perBlob} points around each of the given centres with standard deviation {@code sd}. */
    public static double[][] blobs(double[][] centres, int perBlob, double sd, long seed) {
        Random r = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < perBlob; i++) {
            for (double[] centre : centres) {
                double[] row = new double[centre.length];
                for (int j = 0; j < row.length; j++) {
                    row[j] = centre[j] + sd * r.nextGaussian();
                }
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }

    public static double auc(int[] y, double[][] proba) {
        double[] scores = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            scores[i] = proba[i][1];
        }
        return BinaryScores.of(y, 1, scores).rocAuc();
    }

    public static double accuracy(int[] y, int[] predicted) {
        return ClassificationMetrics.accuracy(ConfusionMatrix.of(y, predicted));
    }

    public static double r2(double[] y, double[] predicted) {
        return RegressionMetrics.r2(y, predicted);
    }

    /** The model's output on {@code x} as one comparable array, whatever its task. */
    public static double[][] output(TrainedModel model, double[][] x) {
        TaskType task = model.info().task();
        if (task == TaskType.REGRESSION) {
            return new double[][] {model.asRegression().predict(x)};
        }
        if (task == TaskType.CLUSTERING) {
            return new double[][] {java.util.Arrays.stream(model.asClustering().predict(x)).asDoubleStream().toArray()};
        }
        return model.asClassification().predictProba(x);
    }

    /** Saves, loads and checks the loaded model answers exactly as the trained one, with the same provenance. */
    public static void assertSaveLoadIdentical(TrainedModel model, double[][] x, Path dir) throws IOException {
        model.save(dir);
        try (TrainedModel loaded = TrainedModel.load(dir)) {
            assertThat(loaded.info()).isEqualTo(model.info());
            assertThat(output(loaded, x)).isDeepEqualTo(output(model, x));
        }
    }

    /** Trains twice from the same request and checks identical outputs on {@code x}. */
    public static void assertReproducible(TrainingRequest request, double[][] x) {
        try (TrainedModel first = Algorithms.train(request); TrainedModel second = Algorithms.train(request)) {
            assertThat(output(second, x)).isDeepEqualTo(output(first, x));
            assertThat(second.info()).isEqualTo(first.info());
        }
    }

    /** A listener recording what it receives. */
    public static final class Recorder implements TrainingListener {
        public final List<Metric> metrics = new ArrayList<>();
        public final List<Checkpoint> checkpoints = new ArrayList<>();

        @Override
        public void onMetric(Metric metric) {
            metrics.add(metric);
        }

        @Override
        public void onCheckpoint(Checkpoint checkpoint) {
            checkpoints.add(checkpoint);
        }

        public List<Integer> steps(String metric) {
            return metrics.stream().filter(m -> m.name().equals(metric)).map(Metric::step).toList();
        }
    }

    private static Split classes(double[][] x, int[] y, int rows) {
        return new Split(
                Samples.classification(java.util.Arrays.copyOfRange(x, 0, rows), java.util.Arrays.copyOfRange(y, 0, rows)),
                Samples.classification(java.util.Arrays.copyOfRange(x, rows, 2 * rows),
                        java.util.Arrays.copyOfRange(y, rows, 2 * rows)));
    }
}
