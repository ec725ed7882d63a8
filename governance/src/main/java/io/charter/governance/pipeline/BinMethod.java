package io.charter.governance.pipeline;

/** Where a BIN step puts its edges. */
public enum BinMethod {
    /** Equal-width bins between the train minimum and maximum. */
    UNIFORM,
    /** Equal-count bins: edges at the quantiles i/bins of the train values (ties merge bins). */
    QUANTILE
}
