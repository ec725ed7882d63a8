package io.charter.governance.pipeline;

import static org.apache.datasketches.quantilescommon.QuantileSearchCriteria.EXCLUSIVE;
import static org.apache.datasketches.quantilescommon.QuantileSearchCriteria.INCLUSIVE;

import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * Quantiles of a stream of numbers from a KLL sketch (Karnin, Lang &amp; Liberty 2016) of fixed
 * size. The q-quantile is the inverse of the empirical distribution function, averaging the two
 * order statistics where it is flat (Hyndman &amp; Fan 1996, definition 2): the median of 1, 2, 3, 4
 * is 2.5, as everyone expects. It is exact while the sketch holds every value ({@value #EXACT_UP_TO}
 * values) and within {@link #RANK_ERROR} in rank beyond.
 */
final class Quantiles {

    /** KLL accuracy parameter; about 7 KB per sketch. */
    static final int K = 400;
    /** A sketch keeps every value, so quantiles are exact, up to this many values. */
    static final int EXACT_UP_TO = K;
    /** Normalised rank error of one quantile at 99% confidence (≈ 0.68%). */
    static final double RANK_ERROR = KllDoublesSketch.getNormalizedRankError(K, false);

    private final KllDoublesSketch sketch = KllDoublesSketch.newHeapInstance(K);

    /** Adds a value; NaN is ignored (the sketch would too). */
    void add(double x) {
        if (!Double.isNaN(x)) {
            sketch.update(x);
        }
    }

    long count() {
        return sketch.getN();
    }

    /** The q-quantile, q in [0, 1]; the sketch must not be empty. */
    double quantile(double q) {
        return (sketch.getQuantile(q, INCLUSIVE) + sketch.getQuantile(q, EXCLUSIVE)) / 2;
    }

    double median() {
        return quantile(0.5);
    }
}
