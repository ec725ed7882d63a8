package io.charter.governance.data.profile;

import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * Constant-size state of one INTEGER or NUMERIC column: exact count, extremes, zeros and running
 * central moments, plus a KLL sketch for quantiles and a HyperLogLog sketch for distinct values.
 *
 * <p>The moments are updated as in Welford (1962), extended to the third central moment by
 * Terriberry (2007) and Pébay (2008): each value moves the mean by δ/n and the moment sums by
 * terms in δ, so no large sums are ever subtracted and the variance stays accurate for data far
 * from zero.
 */
final class NumericAccumulator {

    private final ColumnSpec spec;
    private final KllDoublesSketch quantiles = SketchSettings.newQuantileSketch();
    private final HllSketch distinct = SketchSettings.newColumnDistinctSketch();
    private long count;
    private long missing;
    private long zeros;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double mean;
    private double m2;
    private double m3;

    NumericAccumulator(ColumnSpec spec) {
        this.spec = spec;
    }

    void addMissing() {
        missing++;
    }

    void add(double x) {
        long previous = count++;
        double delta = x - mean;
        double deltaN = delta / count;
        double term = delta * deltaN * previous;
        mean += deltaN;
        m3 += term * deltaN * (count - 2) - 3 * deltaN * m2;
        m2 += term;
        min = Math.min(min, x);
        max = Math.max(max, x);
        if (x == 0) {
            zeros++;
        }
        quantiles.update(x);
        distinct.update(x);
    }

    ColumnProfileResult result(long rows) {
        if (count == 0) {
            return new ColumnProfileResult(spec.name(), spec.type(), 0, missing, percent(missing, rows), 0,
                    null, null, null, null, null, null, null, 0L, null, null, null);
        }
        Double std = std();
        return new ColumnProfileResult(spec.name(), spec.type(), count, missing, percent(missing, rows),
                Math.round(distinct.getEstimate()), min, max, mean, std, KllStatistics.quantiles(quantiles),
                KllStatistics.histogram(quantiles, min, max), null, zeros, KllStatistics.outliersIqr(quantiles),
                std == null ? null : KllStatistics.outsideOf(quantiles, mean - 3 * std, mean + 3 * std),
                skewness());
    }

    /** Sample standard deviation (divisor n − 1); null below two values. */
    private Double std() {
        return count < 2 ? null : Math.sqrt(Math.max(0, m2) / (count - 1));
    }

    /** Moment skewness g1 = √n·M3 / M2^1.5; null below three values or without spread. */
    private Double skewness() {
        if (count < 3 || !(m2 > 0)) {
            return null;
        }
        double g1 = Math.sqrt(count) * m3 / Math.pow(m2, 1.5);
        return Double.isFinite(g1) ? g1 : null;
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
