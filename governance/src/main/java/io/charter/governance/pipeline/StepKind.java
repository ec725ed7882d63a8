package io.charter.governance.pipeline;

import java.util.List;

/**
 * What a pipeline step does, and which of {@link StepSpec}'s parameters it reads besides
 * {@code columns} (INTERACTION reads {@code pairs} instead). A parameter a kind does not read is
 * an error rather than ignored, so that a misplaced option is not silently without effect.
 */
public enum StepKind {
    /** Fill missing values: MEAN, MEDIAN, MODE or a CONSTANT; optionally add {@code <col>_missing} 0/1. */
    IMPUTE("strategy", "constant", "addIndicator"),
    /** Clamp outliers to Tukey's IQR fences or to percentiles of the train values. */
    CAP("method", "k", "lower", "upper"),
    /** Centre and scale: STANDARD (mean, std), MINMAX (min, range) or ROBUST (median, IQR). */
    SCALE("method"),
    /** Replace a column by 0/1 indicator columns {@code <col>=<category>}. */
    ONE_HOT("handleUnknown", "maxCategories"),
    /** Replace categories by their position in an explicit or learnt order; unknown → -1. */
    ORDINAL("order"),
    /** Replace categories by their smoothed mean target (Micci-Barreca 2001). */
    TARGET_ENCODE("target", "smoothing"),
    /** log1p of values ≥ 0. */
    LOG,
    /** Box-Cox power transform of positive values, λ by maximum likelihood (Box &amp; Cox 1964). */
    BOX_COX,
    /** Replace values by their bin index, bins of equal width (UNIFORM) or equal count (QUANTILE). */
    BIN("bins", "method"),
    /** Add products {@code <a>*<b>} of pairs of numeric columns. */
    INTERACTION,
    /** Remove columns. */
    DROP;

    private final List<String> parameters;

    StepKind(String... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The optional parameters this kind reads, besides {@code columns} (or {@code pairs}). */
    public List<String> parameters() {
        return parameters;
    }

    /** True for INTERACTION, which names pairs of columns instead of a list of columns. */
    public boolean usesPairs() {
        return this == INTERACTION;
    }
}
