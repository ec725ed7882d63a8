package io.charter.governance.data.split;

import java.util.List;

/**
 * One split of one fold. Fields that do not apply to the plan are null.
 *
 * @param role        what the rows are for in this fold
 * @param rows        rows with the role
 * @param classShares shares of the stratify column's most frequent classes (up to 20, the same
 *                    classes and order as {@link SplitSummary#classShares()}); null without a
 *                    stratify column
 * @param minTime     earliest time in the split (ISO-8601 instant in UTC, or the number); TIME and
 *                    WALK_FORWARD only, null if the split is empty
 * @param maxTime     latest time in the split, likewise
 * @param groups      groups with rows in the split; GROUP only
 */
public record RoleSummary(SplitRole role, long rows, List<ClassShare> classShares, String minTime, String maxTime,
                          Long groups) {
}
