package io.charter.governance.eval;

/**
 * Precision, recall and F1 of one class (one-vs-rest) or of an {@link Average}, as scikit-learn's
 * {@code precision_recall_fscore_support} with {@code zero_division=0}: a ratio whose denominator
 * is 0 (nothing predicted as the class, or no true rows of it) is 0. F1 is
 * {@code 2·TP / (2·TP + FP + FN)}, which equals the harmonic mean of precision and recall whenever
 * that is defined.
 *
 * @param label     the class, or the average's name in lower case ("macro", "micro", "weighted")
 * @param precision TP / (TP + FP)
 * @param recall    TP / (TP + FN)
 * @param f1        the harmonic mean of precision and recall
 * @param support   true rows of the class; for an average, all rows
 */
public record PrecisionRecall(String label, double precision, double recall, double f1, long support) {
}
