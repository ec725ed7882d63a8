package io.charter.governance.data.split;

/**
 * How much of a split one class of the stratify column makes up.
 *
 * @param value the class, trimmed and cut to 200 characters; null for the missing value
 * @param rows  rows of the class in the split
 * @param share rows / the split's rows, rounded to 6 decimals; 0 for an empty split
 */
public record ClassShare(String value, long rows, double share) {
}
