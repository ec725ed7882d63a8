package io.charter.governance.eval;

import java.util.List;

/**
 * One fairness metric over the groups of one protected attribute.
 *
 * @param metric   the metric
 * @param value    its value; null when fewer than two groups have the rate it compares (or, for
 *                 the ratio, when no group is selected at all: 0 / 0)
 * @param compared the groups compared (for equalized odds: those compared on both TPR and FPR; each
 *                 range still spans every group that has its rate)
 * @param excluded the groups left out, each with its reason
 */
public record FairnessValue(FairnessMetric metric, Double value, List<String> compared, List<ExcludedGroup> excluded) {

    public FairnessValue {
        compared = List.copyOf(compared);
        excluded = List.copyOf(excluded);
    }
}
