package io.charter.governance.eval;

import java.util.List;

/**
 * Which groups of a protected attribute {@link GroupFairness} compares.
 *
 * @param minGroupSize   groups with fewer rows are reported but not compared: a rate over a handful
 *                       of rows is noise, and a gate should not pass or fail on it. 1 compares every
 *                       group (fairlearn's behaviour)
 * @param declaredGroups the groups the charter declares, in report order; null compares every
 *                       observed group (in name order). A declared group absent from the data is
 *                       reported with count 0; rows of undeclared groups are only counted
 */
public record FairnessOptions(int minGroupSize, List<String> declaredGroups) {

    /** Every observed group, however small. */
    public static final FairnessOptions ALL_GROUPS = new FairnessOptions(1, null);

    public FairnessOptions {
        Checks.positive("minGroupSize", minGroupSize);
        declaredGroups = declaredGroups == null ? null : List.copyOf(declaredGroups);
        if (declaredGroups != null
                && declaredGroups.stream().map(String::strip).distinct().count() != declaredGroups.size()) {
            throw new IllegalArgumentException("declaredGroups must be distinct after trimming, but got "
                    + declaredGroups);
        }
    }
}
