package io.charter.charter.domain;

/**
 * Group-fairness criteria a charter can bind a model to (Barocas, Hardt and Narayanan,
 * "Fairness and Machine Learning", ch. 3; Hardt et al. 2016 for equal opportunity and equalized odds).
 * A difference is satisfied when it stays at or below its threshold; a ratio when it stays at or
 * above it (the "four-fifths rule" uses 0.8).
 */
public enum FairnessMetric {
    DEMOGRAPHIC_PARITY_DIFFERENCE(false),
    DEMOGRAPHIC_PARITY_RATIO(true),
    EQUAL_OPPORTUNITY_DIFFERENCE(false),
    EQUALIZED_ODDS_DIFFERENCE(false),
    PREDICTIVE_PARITY_DIFFERENCE(false);

    private final boolean ratio;

    FairnessMetric(boolean ratio) {
        this.ratio = ratio;
    }

    public boolean isRatio() {
        return ratio;
    }
}
