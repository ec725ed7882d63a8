package io.charter.governance.eval;

/**
 * The confusion-matrix rates of one group of a protected attribute. A rate whose denominator is
 * 0 is null (undefined), not 0: a group without positives has no true positive rate.
 *
 * @param group              the group (the attribute's value, trimmed)
 * @param count              rows of the group
 * @param positives          rows with y = 1
 * @param predictedPositives rows with ŷ = 1
 * @param used               whether the group enters the fairness metrics (declared, and at least
 *                           the minimum group size; see {@link FairnessOptions})
 * @param selectionRate      P(ŷ = 1): predictedPositives / count
 * @param truePositiveRate   P(ŷ = 1 | y = 1): TP / positives
 * @param falsePositiveRate  P(ŷ = 1 | y = 0): FP / negatives
 * @param precision          P(y = 1 | ŷ = 1): TP / predictedPositives
 * @param baseRate           P(y = 1): positives / count
 */
public record GroupRates(String group, long count, long positives, long predictedPositives, boolean used,
                         Double selectionRate, Double truePositiveRate, Double falsePositiveRate,
                         Double precision, Double baseRate) {
}
