/**
 * Dataset validation ("expectations", after Great Expectations): rules defined once per dataset
 * and run on every new version.
 *
 * <p>A {@link io.charter.governance.data.validation.ValidationRule} is stored with its dataset
 * after {@link io.charter.governance.data.validation.ValidationRules#check} found no
 * {@link io.charter.governance.data.validation.RuleProblem}.
 * {@link io.charter.governance.data.validation.DatasetValidator#validate} reads a version's
 * {@link io.charter.governance.data.RowSource} once: {@code ValidationRun} cleans each field a rule
 * reads and offers it to that rule's {@code ColumnCheck} (one subclass per
 * {@link io.charter.governance.data.validation.RuleKind}), which counts values checked and failing
 * and keeps the first examples; ROW_COUNT and rules naming an absent column are decided at the
 * end. The result is a {@link io.charter.governance.data.validation.ValidationReport} of
 * {@link io.charter.governance.data.validation.RuleResult}s, JSON-safe records.
 *
 * <p>Two rules need care with untrusted input: UNIQUE keeps 64-bit hashes of distinct values in a
 * primitive hash set ({@code UniqueCheck}, {@code LongHashSet}), and REGEX matches within a step
 * budget against catastrophic backtracking ({@code BoundedMatcher}).
 */
package io.charter.governance.data.validation;
