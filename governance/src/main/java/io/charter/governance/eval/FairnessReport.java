package io.charter.governance.eval;

import java.util.List;

/**
 * The fairness of a binary classifier's decisions across the groups of one protected attribute
 * (seed §6.3): per-group rates and the five {@link FairnessMetric}s.
 *
 * @param attribute      the protected attribute (column name)
 * @param rows           rows evaluated
 * @param missingGroup   rows whose group is missing (null or a missing-value spelling); not compared
 * @param undeclared     rows of groups the options do not declare; not compared
 * @param minGroupSize   the minimum group size applied
 * @param groups         per-group rates, declared order or name order
 * @param metrics        one value per {@link FairnessMetric}, in enum order
 */
public record FairnessReport(String attribute, long rows, long missingGroup, long undeclared, int minGroupSize,
                             List<GroupRates> groups, List<FairnessValue> metrics) {

    public FairnessReport {
        groups = List.copyOf(groups);
        metrics = List.copyOf(metrics);
    }

    /** The value of {@code metric}. */
    public FairnessValue metric(FairnessMetric metric) {
        return metrics.stream().filter(v -> v.metric() == metric).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no value for " + metric));
    }
}
