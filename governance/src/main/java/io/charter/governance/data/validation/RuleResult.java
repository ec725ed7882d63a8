package io.charter.governance.data.validation;

import java.util.List;

/**
 * The outcome of one rule on one dataset version.
 *
 * @param index     the rule's position in the list that was run, from 0
 * @param rule      the rule as run
 * @param passed    true if the version meets the rule
 * @param evaluated values checked: all rows for NOT_NULL and MAX_MISSING_PCT, the non-missing
 *                  values for the other column rules, 1 for ROW_COUNT, 0 if the column is absent
 * @param failing   values that broke the rule; for MAX_MISSING_PCT the missing values, which fail
 *                  the rule only together (above the allowed share); for ROW_COUNT 1 if it failed
 * @param observed  the row count for ROW_COUNT, the missing percent for MAX_MISSING_PCT, else null
 * @param examples  the first {@value DatasetValidator#MAX_EXAMPLES} failing values, in row order
 * @param message   one human sentence, e.g. {@code 3 of 1,000 values are outside [0, 120]}
 */
public record RuleResult(int index, ValidationRule rule, boolean passed, long evaluated, long failing,
                         Double observed, List<FailingExample> examples, String message) {

    public RuleResult {
        examples = List.copyOf(examples);
    }
}
