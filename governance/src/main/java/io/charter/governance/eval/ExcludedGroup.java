package io.charter.governance.eval;

/**
 * A group left out of one fairness metric, and why (too small, not declared, absent, or the rate
 * the metric compares is undefined for it).
 *
 * @param group  the group
 * @param reason why it is not compared, in words
 */
public record ExcludedGroup(String group, String reason) {
}
