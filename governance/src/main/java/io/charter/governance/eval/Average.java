package io.charter.governance.eval;

/**
 * How per-class scores become one number, as scikit-learn's {@code average} parameter (seed §6.2:
 * macro treats classes equally and is sensitive to rare ones, micro pools every prediction and is
 * dominated by frequent ones).
 */
public enum Average {
    /** The unweighted mean over classes. */
    MACRO,
    /** The score of the pooled counts of all classes (for single-label multiclass, micro F1 = accuracy). */
    MICRO,
    /** The mean over classes weighted by their support (true count). */
    WEIGHTED
}
