package io.charter.governance.pipeline;

/** What an IMPUTE step fills a missing value with. */
public enum ImputeStrategy {
    /** The mean of the train values (numeric columns). */
    MEAN,
    /** The median of the train values (numeric columns), from a KLL sketch. */
    MEDIAN,
    /** The most frequent train value, ties broken by the smaller value (any column). */
    MODE,
    /** The spec's {@code constant} (any column). */
    CONSTANT
}
