package io.charter.governance.eval;

/**
 * A subset of the evaluated rows defined by one feature, and how badly the model does on it.
 *
 * @param column the feature
 * @param value  the category; for a numeric bin its interval to six significant digits, e.g.
 *               {@code "(3.5, 7.25]"} (the first bin is closed: {@code "[1, 3.5]"});
 *               {@value ErrorSlices#MISSING} for rows where the feature is missing
 * @param lower  a numeric bin's lower edge; null for categories and missing values
 * @param upper  a numeric bin's upper edge; null for categories and missing values
 * @param count  rows in the slice
 * @param error  the slice's error: error rate (classification) or mean absolute error (regression)
 */
public record Slice(String column, String value, Double lower, Double upper, long count, double error) {
}
