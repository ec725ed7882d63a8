package io.charter.governance.eval;

import java.util.List;

/**
 * One metric over the folds of a cross-validation (seed §6.1): its mean and sample standard
 * deviation (divisor n − 1, as {@code numpy.std(ddof=1)} and {@code statistics.stdev}), reported
 * as "mean ± std".
 *
 * @param mean   mean over the folds that have a value
 * @param std    sample standard deviation; null with fewer than two such folds
 * @param folds  folds that have a value (an undefined metric, e.g. ROC-AUC of a one-class fold, has none)
 * @param values the per-fold values, null where a fold has none, in fold order
 */
public record MetricSummary(double mean, Double std, int folds, List<Double> values) {

    public MetricSummary {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
