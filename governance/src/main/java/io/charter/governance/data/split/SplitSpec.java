package io.charter.governance.data.split;

/**
 * What the user asks for: how to divide a dataset's rows into training, validation and locked test
 * data. A JSON request body and part of a plan's provenance. Fields a method does not use may be
 * null; {@link SplitSpecs#check} says which a method needs and what values are allowed.
 *
 * <p>Ratios are shares of all rows and sum to 1, e.g. 0.7 / 0.15 / 0.15. Every method holds out
 * {@code testRatio} first; k-fold and walk-forward methods divide the rest by {@code folds} and
 * ignore {@code trainRatio} and {@code validationRatio}.
 *
 * @param method          how rows are divided; required
 * @param trainRatio      share of rows for training (HOLDOUT, STRATIFIED, TIME, GROUP without folds)
 * @param validationRatio share of rows for validation, may be 0 (same methods)
 * @param testRatio       share of rows held out for the final test, 0.05 to 0.5; required
 * @param seed            seed of the random choices; null means {@link #DEFAULT_SEED}. TIME and
 *                        WALK_FORWARD are not random and ignore it
 * @param folds           2 to 20: folds of KFOLD and STRATIFIED_KFOLD, walk-forward steps, or
 *                        group k-fold when set for GROUP
 * @param stratifyColumn  class column, at most {@value #MAX_CLASSES} distinct values (a
 *                        missing value is a class): required by STRATIFIED and STRATIFIED_KFOLD; with
 *                        any other method only its class shares are reported
 * @param timeColumn      DATETIME or numeric column ordering the rows: TIME and WALK_FORWARD
 * @param groupColumn     column whose equal values must stay in one split: GROUP
 */
public record SplitSpec(SplitMethod method, Double trainRatio, Double validationRatio, Double testRatio,
                        Long seed, Integer folds, String stratifyColumn, String timeColumn, String groupColumn) {

    /** The seed used when a spec names none; stated in the stored plan's spec. */
    public static final long DEFAULT_SEED = 0L;

    /** Shares of rows the test split may take: enough rows to evaluate, enough left to train. */
    public static final double MIN_TEST_RATIO = 0.05;
    /** See {@link #MIN_TEST_RATIO}. */
    public static final double MAX_TEST_RATIO = 0.5;
    /** Fewest folds: one to train on and one to validate. */
    public static final int MIN_FOLDS = 2;
    /** Most folds: beyond 20, extra folds cost training runs and barely change the estimate. */
    public static final int MAX_FOLDS = 20;
    /**
     * Most classes a stratify column may have: more means an identifier or a continuous value,
     * not a class, and the summary's per-class tallies would grow with it.
     */
    public static final int MAX_CLASSES = 1000;

    /** The seed this spec's random choices use. */
    public long seedOrDefault() {
        return seed == null ? DEFAULT_SEED : seed;
    }

    /** This spec with its seed stated, so that a stored plan says exactly how it was drawn. */
    public SplitSpec withSeedStated() {
        return new SplitSpec(method, trainRatio, validationRatio, testRatio, seedOrDefault(), folds,
                stratifyColumn, timeColumn, groupColumn);
    }
}
