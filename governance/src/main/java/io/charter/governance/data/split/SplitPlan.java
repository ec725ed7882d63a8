package io.charter.governance.data.split;

import java.util.Objects;

/**
 * A planned split: the spec it was made from (seed stated), every row's role, and the summary.
 * The server stores the spec and summary as JSON and the assignment in its binary form
 * ({@link SplitAssignment#writeTo}); planning the same spec on the same data again gives an
 * equal assignment.
 *
 * @param spec       the spec, with {@link SplitSpec#seedOrDefault()} filled in
 * @param assignment every row's role in every fold
 * @param summary    counts, shares, time ranges, groups and the checks that passed
 */
public record SplitPlan(SplitSpec spec, SplitAssignment assignment, SplitSummary summary) {

    public SplitPlan {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(summary, "summary");
    }
}
