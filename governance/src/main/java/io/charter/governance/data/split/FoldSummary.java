package io.charter.governance.data.split;

import java.util.List;

/**
 * The splits of one fold: TRAIN, VALIDATION and TEST, and for WALK_FORWARD also UNUSED.
 *
 * @param fold  0-based fold; holdout-style plans have only fold 0
 * @param roles one entry per role, in that order
 */
public record FoldSummary(int fold, List<RoleSummary> roles) {
}
