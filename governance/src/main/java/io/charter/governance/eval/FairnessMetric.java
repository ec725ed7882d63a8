package io.charter.governance.eval;

/**
 * The group-fairness criteria of seed §6.3 (Barocas, Hardt &amp; Narayanan, "Fairness and Machine
 * Learning", ch. 3; Hardt, Price &amp; Srebro 2016 for equal opportunity and equalized odds), named
 * as the ethics charter names them, so that the server maps a charter criterion by name. Each is
 * computed over the groups of one protected attribute by {@link GroupFairness}.
 */
public enum FairnessMetric {
    /** max − min selection rate P(ŷ = 1 | group): independence, as fairlearn's demographic_parity_difference. */
    DEMOGRAPHIC_PARITY_DIFFERENCE(false),
    /** min / max selection rate, as fairlearn's demographic_parity_ratio; 0.8 is the "four-fifths rule". */
    DEMOGRAPHIC_PARITY_RATIO(true),
    /** max − min true positive rate P(ŷ = 1 | y = 1, group), as fairlearn's equal_opportunity_difference. */
    EQUAL_OPPORTUNITY_DIFFERENCE(false),
    /** The larger of the TPR and the FPR range (separation), as fairlearn's equalized_odds_difference. */
    EQUALIZED_ODDS_DIFFERENCE(false),
    /** max − min precision P(y = 1 | ŷ = 1, group) (sufficiency, "predictive parity"). */
    PREDICTIVE_PARITY_DIFFERENCE(false);

    private final boolean ratio;

    FairnessMetric(boolean ratio) {
        this.ratio = ratio;
    }

    /** A ratio passes when at or above its threshold; a difference when at or below it. */
    public boolean isRatio() {
        return ratio;
    }
}
