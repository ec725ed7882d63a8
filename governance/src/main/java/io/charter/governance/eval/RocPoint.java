package io.charter.governance.eval;

/**
 * One point of a ROC curve: the rates when every row scoring at least {@code threshold} is
 * predicted positive.
 *
 * @param threshold the score cut-off; null for the first point (0, 0), where scikit-learn's
 *                  {@code roc_curve} writes +∞ (JSON has no infinity)
 * @param fpr       false positive rate, FP / negatives
 * @param tpr       true positive rate (recall), TP / positives
 */
public record RocPoint(Double threshold, double fpr, double tpr) {
}
