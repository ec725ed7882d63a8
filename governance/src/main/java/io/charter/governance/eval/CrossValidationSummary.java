package io.charter.governance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The metrics of k folds summarised as mean ± sample standard deviation (seed §6.1: "performance
 * metrics are computed for each validation fold and then averaged"). Averaging happens here, over
 * fold values, not by pooling rows, so each fold counts once whatever its size.
 *
 * @param folds   number of folds
 * @param metrics per metric name, its summary; names in alphabetical order
 */
public record CrossValidationSummary(int folds, Map<String, MetricSummary> metrics) {

    public CrossValidationSummary {
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
    }

    /**
     * Summarises {@code foldMetrics.get(f)}, the metrics of fold f. A metric missing or null in some
     * folds is summarised over the others; one with no value in any fold is left out.
     */
    public static CrossValidationSummary of(List<Map<String, Double>> foldMetrics) {
        Checks.nonEmpty("foldMetrics", foldMetrics.size());
        TreeMap<String, List<Double>> byName = new TreeMap<>();
        for (int f = 0; f < foldMetrics.size(); f++) {
            for (String name : Objects.requireNonNull(foldMetrics.get(f), "foldMetrics[" + f + "]").keySet()) {
                byName.computeIfAbsent(name, n -> new ArrayList<>());
            }
        }
        TreeMap<String, MetricSummary> summaries = new TreeMap<>();
        byName.forEach((name, values) -> {
            foldMetrics.forEach(fold -> values.add(fold.get(name)));
            MetricSummary s = summarise(values);
            if (s != null) {
                summaries.put(name, s);
            }
        });
        return new CrossValidationSummary(foldMetrics.size(), summaries);
    }

    /** Mean and sample standard deviation of the non-null values (two-pass); null if there are none. */
    static MetricSummary summarise(List<Double> values) {
        double sum = 0;
        int n = 0;
        for (Double v : values) {
            if (v != null) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double mean = sum / n;
        double squares = 0;
        for (Double v : values) {
            if (v != null) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new MetricSummary(mean, n < 2 ? null : Math.sqrt(squares / (n - 1)), n, values);
    }
}
