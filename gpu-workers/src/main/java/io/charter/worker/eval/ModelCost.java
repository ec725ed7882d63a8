package io.charter.worker.eval;

import io.charter.worker.training.TrainedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a model costs to serve, measured where it was trained, so that tuning studies can put
 * constraints on it and NAS can trade it against quality: the size of the saved model and the
 * latency of one-row predictions (the shape of an online request), after a warm-up.
 */
public final class ModelCost {

    /** One-row predictions timed; the first {@link #WARM_UP} are not counted. */
    static final int TIMED = 200;
    static final int WARM_UP = 50;

    private ModelCost() {
    }

    /**
     * {@code model_size_bytes}, {@code predict_latency_p50_ms} and {@code predict_latency_p99_ms}
     * (the latter two only when {@code rows} has at least one row).
     */
    public static Map<String, Double> measure(TrainedModel model, Path savedDir, double[][] rows) {
        Map<String, Double> cost = new LinkedHashMap<>();
        cost.put("model_size_bytes", (double) size(savedDir));
        if (rows.length == 0) {
            return cost;
        }
        double[] millis = new double[TIMED];
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            double[][] one = {rows[i % rows.length]};
            long start = System.nanoTime();
            predict(model, one);
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        cost.put("predict_latency_p50_ms", quantile(millis, 0.50));
        cost.put("predict_latency_p99_ms", quantile(millis, 0.99));
        return cost;
    }

    private static void predict(TrainedModel model, double[][] x) {
        switch (model.info().task()) {
            case BINARY_CLASSIFICATION, MULTICLASS_CLASSIFICATION -> model.asClassification().predictProba(x);
            case REGRESSION, RANKING -> model.asRegression().predict(x);
            case CLUSTERING -> model.asClustering().predict(x);
        }
    }

    /** The nearest-rank quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
