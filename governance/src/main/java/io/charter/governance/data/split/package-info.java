/**
 * Train / validation / test split planning: {@link io.charter.governance.data.split.SplitPlanner}
 * reads a stored table through a {@link io.charter.governance.data.RowSource} and turns a
 * {@link io.charter.governance.data.split.SplitSpec} into a {@link io.charter.governance.data.split.SplitPlan}:
 * one code per row ({@link io.charter.governance.data.split.SplitAssignment}, with a compact
 * binary form) and a JSON {@link io.charter.governance.data.split.SplitSummary} of counts, class
 * shares, time ranges, groups and the guarantees verified on the result.
 *
 * <p>Every method holds out a locked test split first. Random methods (holdout, stratified,
 * k-fold, stratified k-fold) draw rows without replacement to exact per-class counts
 * ({@code Apportionment}); time methods (time, walk-forward) cut the rows in time order where the
 * time changes; the group method shuffles whole groups and fills the splits greedily. A spec the
 * data cannot meet is a {@link io.charter.governance.data.split.SplitSpecException} listing
 * {@link io.charter.governance.data.split.SpecProblem}s, each naming the spec field, like the
 * problems {@link io.charter.governance.data.split.SplitSpecs#check} finds before reading.
 */
package io.charter.governance.data.split;
