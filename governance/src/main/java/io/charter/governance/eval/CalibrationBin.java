package io.charter.governance.eval;

/**
 * One bin of a reliability diagram: the rows whose predicted probability falls in
 * {@code (lower, upper]} (the first bin also holds 0), as scikit-learn's {@code calibration_curve}
 * with {@code strategy="uniform"} assigns them. A calibrated model has {@code fractionPositive}
 * close to {@code meanPredicted} in every bin.
 *
 * @param lower            the bin's lower edge, {@code i / bins}
 * @param upper            the bin's upper edge, {@code (i + 1) / bins}
 * @param count            rows in the bin
 * @param meanPredicted    mean predicted probability of those rows ({@code prob_pred}); null when empty
 * @param fractionPositive share of those rows that are positive ({@code prob_true}); null when empty
 */
public record CalibrationBin(double lower, double upper, long count, Double meanPredicted, Double fractionPositive) {
}
