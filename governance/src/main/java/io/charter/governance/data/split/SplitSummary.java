package io.charter.governance.data.split;

import java.util.List;

/**
 * What a split plan contains and what was verified about it, for the UI and for the project's
 * governance record. Counted from the finished assignment and the rows' values, not from what
 * the planner intended; JSON-safe, with null meaning "does not apply".
 *
 * @param method         the plan's method
 * @param rows           data rows of the table, all of which have a role
 * @param folds          folds; 1 for holdout-style plans
 * @param byFold         per fold, the rows (and classes, times, groups) of each role
 * @param classShares    shares of the stratify column's classes in all rows: the 20 most frequent,
 *                       most frequent first; null without a stratify column
 * @param classes        distinct classes of the stratify column (a missing value is one); null
 *                       without one
 * @param groups         distinct groups of the group column (missing values are one); GROUP only
 * @param groupsDisjoint true if no group has rows in two splits of any fold; GROUP only. The
 *                       planner refuses to return a plan where it would be false
 * @param checks         sentences stating what was verified on the finished assignment, e.g.
 *                       "every test row is later than every training and validation row"
 */
public record SplitSummary(SplitMethod method, long rows, int folds, List<FoldSummary> byFold,
                           List<ClassShare> classShares, Integer classes, Long groups, Boolean groupsDisjoint,
                           List<String> checks) {
}
