package io.charter.governance.data.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The running state of one column rule during a validation pass: values checked, values failing
 * and the first few failing examples. Each kind of rule is a subclass that decides what fails and
 * says so in words; all of them keep O(1) memory except UNIQUE.
 */
abstract class ColumnCheck {

    protected final ValidationRule rule;
    protected long evaluated;
    protected long failing;
    private final List<FailingExample> examples = new ArrayList<>(DatasetValidator.MAX_EXAMPLES);

    ColumnCheck(ValidationRule rule) {
        this.rule = rule;
    }

    /** The check for a column rule that {@link ValidationRules#check} accepted. */
    static ColumnCheck of(ValidationRule rule) {
        return switch (rule.kind()) {
            case NOT_NULL -> new NotNullCheck(rule);
            case RANGE -> new RangeCheck(rule);
            case ALLOWED_VALUES -> new AllowedValuesCheck(rule);
            case REGEX -> new RegexCheck(rule);
            case UNIQUE -> new UniqueCheck(rule);
            case MAX_MISSING_PCT -> new MissingShareCheck(rule);
            case TYPE -> new TypeCheck(rule);
            case ROW_COUNT -> throw new IllegalArgumentException("ROW_COUNT reads no column");
        };
    }

    /**
     * One row's field of the rule's column.
     *
     * @param row   0-based data row
     * @param raw   the field as stored
     * @param value the field trimmed, or null if it is missing ({@link io.charter.governance.data.Values#clean})
     */
    abstract void accept(long row, String raw, String value);

    /** The outcome after the last row; {@code rows} is the number of data rows read. */
    abstract RuleResult result(int index, long rows);

    /** Counts a failing value and keeps it as an example if it is among the first few. */
    protected final void fail(long row, String shown) {
        failing++;
        if (examples.size() < DatasetValidator.MAX_EXAMPLES) {
            examples.add(FailingExample.of(row + 1, shown));
        }
    }

    protected final RuleResult result(int index, boolean passed, Double observed, String message) {
        return new RuleResult(index, rule, passed, evaluated, failing, observed, examples, message);
    }
}
