package io.charter.governance.pipeline;

/** How a SCALE step centres and scales: every method is {@code (x − center) / scale}. */
public enum ScaleMethod {
    /** center = mean, scale = population standard deviation (as scikit-learn's StandardScaler). */
    STANDARD,
    /** center = min, scale = max − min: train values map onto [0, 1]. */
    MINMAX,
    /** center = median, scale = Q3 − Q1: insensitive to outliers (as scikit-learn's RobustScaler). */
    ROBUST
}
