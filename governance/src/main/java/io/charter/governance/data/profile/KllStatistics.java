package io.charter.governance.data.profile;

import static org.apache.datasketches.quantilescommon.QuantileSearchCriteria.EXCLUSIVE;
import static org.apache.datasketches.quantilescommon.QuantileSearchCriteria.INCLUSIVE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * What the profile reads off a non-empty KLL sketch: quantiles, a histogram and outlier counts.
 * Counts are normalized ranks times n, rounded, so each is within the sketch's rank error of the
 * truth (see {@link SketchSettings#KLL_RANK_ERROR}).
 */
final class KllStatistics {

    private static final double[] RANKS = {0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99};
    private static final String[] NAMES = {"p01", "p05", "p25", "p50", "p75", "p95", "p99"};
    /** Tukey's (1977) fences: 1.5 interquartile ranges beyond the quartiles. */
    private static final double TUKEY_FENCE = 1.5;

    private KllStatistics() {
    }

    /** p01 … p99, in that order; each the smallest value whose inclusive rank reaches the level. */
    static Map<String, Double> quantiles(KllDoublesSketch sketch) {
        double[] values = sketch.getQuantiles(RANKS, INCLUSIVE);
        Map<String, Double> result = new LinkedHashMap<>();
        for (int i = 0; i < RANKS.length; i++) {
            result.put(NAMES[i], values[i]);
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * {@link SketchSettings#HISTOGRAM_BINS} equal-width bins from {@code min} to {@code max}; one
     * bin when the column is constant (or its range is too small to split in doubles).
     */
    static Histogram histogram(KllDoublesSketch sketch, double min, double max) {
        long n = sketch.getN();
        double[] inner = innerEdges(min, max);
        if (inner.length == 0) {
            return new Histogram(List.of(min, max), List.of(n));
        }
        double[] cdf = sketch.getCDF(inner, INCLUSIVE);
        List<Double> edges = new ArrayList<>(inner.length + 2);
        List<Long> counts = new ArrayList<>(cdf.length);
        edges.add(min);
        long below = 0;
        for (int i = 0; i < cdf.length; i++) {
            long cumulative = i == cdf.length - 1 ? n : Math.round(cdf[i] * n);
            counts.add(cumulative - below);
            below = cumulative;
            edges.add(i < inner.length ? inner[i] : max);
        }
        return new Histogram(edges, counts);
    }

    /** Values below Q1 − 1.5·IQR or above Q3 + 1.5·IQR. */
    static long outliersIqr(KllDoublesSketch sketch) {
        double q1 = sketch.getQuantile(0.25, INCLUSIVE);
        double q3 = sketch.getQuantile(0.75, INCLUSIVE);
        double iqr = q3 - q1;
        return outsideOf(sketch, q1 - TUKEY_FENCE * iqr, q3 + TUKEY_FENCE * iqr);
    }

    /** Values strictly below {@code low} or strictly above {@code high}. */
    static long outsideOf(KllDoublesSketch sketch, double low, double high) {
        long n = sketch.getN();
        long below = low <= sketch.getMinItem() ? 0 : Math.round(sketch.getRank(low, EXCLUSIVE) * n);
        long above = high >= sketch.getMaxItem() ? 0 : Math.round((1 - sketch.getRank(high, INCLUSIVE)) * n);
        return below + above;
    }

    /** The edges strictly between min and max, or none when they would not strictly increase. */
    private static double[] innerEdges(double min, double max) {
        int bins = SketchSettings.HISTOGRAM_BINS;
        double width = (max - min) / bins;
        double[] inner = new double[bins - 1];
        double previous = min;
        for (int i = 1; i < bins; i++) {
            inner[i - 1] = min + i * width;
            if (!(inner[i - 1] > previous) || !(inner[i - 1] < max)) {
                return new double[0];
            }
            previous = inner[i - 1];
        }
        return inner;
    }
}
