package io.charter.worker.bench;

import io.charter.governance.eval.BinaryScores;
import io.charter.governance.eval.TaskType;
import io.charter.worker.training.AlgorithmSpec;
import io.charter.worker.training.Algorithms;
import io.charter.worker.training.Samples;
import io.charter.worker.training.TrainedModel;
import io.charter.worker.training.TrainingRequest;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * Gradient boosting benchmark (not a test): N rows × 28 features (a HIGGS-like synthetic task with
 * interactions and noise), the first 80 % to train, the rest to score; XGBoost through the worker's
 * training library with 100 rounds, depth 6, eta 0.1 and 2 threads. Writes the same data as CSV
 * for the Python anchors (LightGBM, scikit-learn's HistGradientBoosting) in run.sh.
 * Usage: {@code GbmBench <rows> <csv-out>}.
 */
public final class GbmBench {

    static final int FEATURES = 28;

    private GbmBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Random random = new Random(7);
        double[][] x = new double[rows][FEATURES];
        int[] y = new int[rows];
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (int j = 0; j < FEATURES; j++) {
                out.write("f" + j + ",");
            }
            out.write("label\n");
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < FEATURES; j++) {
                    x[i][j] = random.nextGaussian();
                    out.write(Float.toString((float) x[i][j]));
                    out.write(',');
                }
                double s = x[i][0] * x[i][1] + Math.sin(2 * x[i][2]) + x[i][3] * x[i][3] - 1 + 0.5 * x[i][4]
                        - 0.3 * x[i][5] * x[i][6] + 0.8 * random.nextGaussian();
                y[i] = s > 0 ? 1 : 0;
                out.write(y[i] == 1 ? "1\n" : "0\n");
            }
        }
        int train = rows * 8 / 10;
        double[][] xTrain = java.util.Arrays.copyOfRange(x, 0, train);
        int[] yTrain = java.util.Arrays.copyOfRange(y, 0, train);
        double[][] xTest = java.util.Arrays.copyOfRange(x, train, rows);
        int[] yTest = java.util.Arrays.copyOfRange(y, train, rows);
        for (double[] row : xTrain) {
            for (int j = 0; j < FEATURES; j++) {
                row[j] = (float) row[j]; // the same values the CSV carries to the Python anchors
            }
        }
        for (double[] row : xTest) {
            for (int j = 0; j < FEATURES; j++) {
                row[j] = (float) row[j];
            }
        }
        AlgorithmSpec spec = new AlgorithmSpec("xgboost", Map.of("numRounds", 100, "maxDepth", 6, "eta", 0.1));
        long start = System.nanoTime();
        try (TrainedModel model = Algorithms.train(TrainingRequest.of(spec, TaskType.BINARY_CLASSIFICATION,
                Samples.classification(xTrain, yTrain), 42).withThreads(2))) {
            double seconds = (System.nanoTime() - start) / 1e9;
            double[][] proba = model.asClassification().predictProba(xTest);
            double[] scores = new double[proba.length];
            for (int i = 0; i < proba.length; i++) {
                scores[i] = proba[i][1];
            }
            System.out.printf("charter xgboost (worker library, XGBoost4J 3.4.0): train %.1f s, test AUC %.4f%n",
                    seconds, BinaryScores.of(yTest, 1, scores).rocAuc());
        }
    }
}
