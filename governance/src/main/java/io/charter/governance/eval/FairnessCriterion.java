package io.charter.governance.eval;

import java.util.Objects;

/**
 * A fairness metric and the threshold a model must respect on every protected attribute, as the
 * ethics charter states it: a difference passes at or below the threshold, a ratio at or above it.
 *
 * @param metric    the metric
 * @param threshold the bound, in [0, 1]
 */
public record FairnessCriterion(FairnessMetric metric, double threshold) {

    public FairnessCriterion {
        Objects.requireNonNull(metric, "metric");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold of " + metric + " must be in [0, 1], but got " + threshold);
        }
    }

    /** Whether {@code value} satisfies the criterion. */
    public boolean passes(double value) {
        return metric.isRatio() ? value >= threshold : value <= threshold;
    }
}
