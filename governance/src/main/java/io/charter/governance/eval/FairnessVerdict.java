package io.charter.governance.eval;

/**
 * The outcome of one charter criterion on one protected attribute.
 *
 * @param attribute the protected attribute
 * @param metric    the criterion's metric
 * @param threshold the criterion's threshold
 * @param value     the metric's value; null when undefined
 * @param outcome   PASS, FAIL, or UNDEFINED when the value is null (the data cannot show either;
 *                  the server decides what an undefined criterion means for promotion)
 * @param reason    one sentence a reviewer can read: the comparison made, or why there was none
 */
public record FairnessVerdict(String attribute, FairnessMetric metric, double threshold, Double value,
                              Outcome outcome, String reason) {

    /** What a criterion concluded. */
    public enum Outcome {
        PASS,
        FAIL,
        UNDEFINED
    }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }
}
