package io.charter.governance.data.split;

/**
 * How the rows of a dataset are divided into training, validation and test data. Every method
 * first holds out a test split of {@code testRatio} that no training or tuning ever sees; the
 * methods differ in how they choose it and how they divide the rest.
 */
public enum SplitMethod {
    /** Seeded random rows: test, then validation, the rest training, at the spec's ratios. */
    HOLDOUT,
    /** {@link #HOLDOUT} within each class of {@code stratifyColumn}, so class shares match in every split. */
    STRATIFIED,
    /** Seeded random test rows, the rest dealt into {@code folds} folds of near-equal size. */
    KFOLD,
    /** {@link #KFOLD} within each class of {@code stratifyColumn} (Kohavi 1995). */
    STRATIFIED_KFOLD,
    /** Ordered by {@code timeColumn}: earliest rows train, then validation, the latest test. */
    TIME,
    /**
     * Ordered by {@code timeColumn}: the latest rows test; the rest cut into {@code folds} + 1
     * consecutive blocks, fold f training on blocks 0..f and validating on block f + 1 (an
     * expanding window, Tashman 2000).
     */
    WALK_FORWARD,
    /**
     * Whole groups of {@code groupColumn} go to one split, so that rows of one entity (a patient,
     * a customer) never sit on both sides; with {@code folds}, group k-fold.
     */
    GROUP;

    /** True if the method orders rows by a time column. */
    boolean usesTime() {
        return this == TIME || this == WALK_FORWARD;
    }

    /** True if the method divides rows per class of the stratify column. */
    boolean stratifies() {
        return this == STRATIFIED || this == STRATIFIED_KFOLD;
    }

    /** True if the method needs {@code folds}; GROUP takes it optionally. */
    boolean requiresFolds() {
        return this == KFOLD || this == STRATIFIED_KFOLD || this == WALK_FORWARD;
    }
}
