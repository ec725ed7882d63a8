package io.charter.governance.data.profile;

/**
 * How well one declared group of a protected attribute is represented, and how often it carries
 * the target's positive class: the "representation by protected attribute, flagged against the
 * charter" of seed §3.2. Counts, shares and rates are exact.
 *
 * @param column           the protected attribute
 * @param group            the declared group (as in the request)
 * @param count            rows with this group
 * @param share            {@code count} divided by rows where the attribute is not missing (0 if none)
 * @param positiveClass    the target class {@code targetRate} counts (see {@link TargetBalance#positiveClass});
 *                         null without a class-valued target
 * @param targetRate       share of the group's rows with a non-missing target that have the positive
 *                         class; null without a positive class or without such rows
 * @param underRepresented {@code share} is below the request's {@code minGroupShare}
 */
public record GroupRepresentation(String column, String group, long count, double share, String positiveClass,
                                  Double targetRate, boolean underRepresented) {
}
