package io.charter.governance.eval;

/**
 * One point of a precision–recall curve: the scores when every row scoring at least
 * {@code threshold} is predicted positive.
 *
 * @param threshold the score cut-off; null for the last point (precision 1, recall 0), which
 *                  scikit-learn's {@code precision_recall_curve} appends without a threshold
 * @param precision TP / (TP + FP)
 * @param recall    TP / positives
 */
public record PrPoint(Double threshold, double precision, double recall) {
}
