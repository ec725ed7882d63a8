package io.charter.governance.data.profile;

/**
 * A finding of the profile that a data scientist should look at before training. The kinds and
 * their thresholds are the constants below, so that a UI can explain them.
 *
 * @param column  the column concerned
 * @param kind    one of the kind constants, e.g. {@link #HIGH_MISSINGNESS}
 * @param message the finding in words, with the observed value and the threshold
 */
public record Warning(String column, String kind, String message) {

    /** More than {@link #HIGH_MISSINGNESS_PCT} percent of a column's values are missing. */
    public static final String HIGH_MISSINGNESS = "HIGH_MISSINGNESS";
    /** A column with values has only one distinct value: it carries no information. */
    public static final String CONSTANT = "CONSTANT";
    /**
     * A CATEGORICAL column has more than {@link #HIGH_CARDINALITY_DISTINCT} distinct values, or more
     * than {@link #HIGH_CARDINALITY_ROW_SHARE} of the row count.
     */
    public static final String HIGH_CARDINALITY = "HIGH_CARDINALITY";
    /** A numeric column's skewness exceeds {@link #SKEWNESS_LIMIT} in absolute value. */
    public static final String SKEWED = "SKEWED";
    /** A declared group of a protected attribute has a share below the request's minGroupShare. */
    public static final String UNDER_REPRESENTED_GROUP = "UNDER_REPRESENTED_GROUP";
    /** The target's rarest class has a share below {@link #MINORITY_CLASS_SHARE}. */
    public static final String IMBALANCED_TARGET = "IMBALANCED_TARGET";

    /** Missing values, in percent of rows, above which a column is flagged. */
    public static final double HIGH_MISSINGNESS_PCT = 20.0;
    /** Distinct values above which a categorical column is flagged. */
    public static final long HIGH_CARDINALITY_DISTINCT = 50;
    /** Distinct values, as a share of rows, above which a categorical column is flagged. */
    public static final double HIGH_CARDINALITY_ROW_SHARE = 0.5;
    /** Absolute skewness above which a numeric column is flagged (log or rank transforms help). */
    public static final double SKEWNESS_LIMIT = 2.0;
    /** Share of the rarest target class below which the target is flagged as imbalanced. */
    public static final double MINORITY_CLASS_SHARE = 0.1;
}
