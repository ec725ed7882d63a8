/**
 * Streaming exploratory profile of a stored tabular dataset (seed §3.2, EDA):
 * {@link io.charter.governance.data.profile.DatasetProfiler} reads a CSV file that
 * {@link io.charter.governance.data.CsvScanner} accepted, once and in memory independent of its
 * length, and returns a {@link io.charter.governance.data.profile.DatasetProfile}.
 *
 * <p>Data flows {@code InputStream → ProfileInput (Commons CSV) → ProfileRun}, which cleans each
 * row once ({@code Cells}) and offers it to per-column accumulators (numeric: Welford moments +
 * KLL + HyperLogLog; other: HyperLogLog + frequent items), to the pairwise Pearson sums, to the
 * reservoir sample for Cramér's V, to a HyperLogLog sketch of row hashes, and to the target and
 * protected-group tallies. {@code ProfileAssembly} turns the finished state into records and
 * {@code WarningRules} derives the warnings. Sketch sizes and their error bounds are in
 * {@link io.charter.governance.data.profile.SketchSettings}; warning thresholds in
 * {@link io.charter.governance.data.profile.Warning}.
 *
 * <p>DATETIME columns get counts and a distinct estimate only: turning their values into
 * instants needs the acceptance scan's ISO-8601 parser, which is package-private in
 * {@code io.charter.governance.data}.
 */
package io.charter.governance.data.profile;
