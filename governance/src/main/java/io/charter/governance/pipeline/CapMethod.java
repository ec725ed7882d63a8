package io.charter.governance.pipeline;

/** Where a CAP step puts the bounds it clamps values to. */
public enum CapMethod {
    /** Tukey's (1977) fences: Q1 − k·IQR and Q3 + k·IQR, k = 1.5 unless given. */
    IQR,
    /** The {@code lower} and {@code upper} quantiles of the train values, e.g. 0.01 and 0.99. */
    PERCENTILE
}
