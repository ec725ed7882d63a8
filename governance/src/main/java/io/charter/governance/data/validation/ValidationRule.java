package io.charter.governance.data.validation;

import io.charter.governance.data.ColumnType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One expectation about every version of a dataset, stored with the dataset and run on each new
 * version by {@link DatasetValidator}. Fields a {@link RuleKind} does not read are null; JSON maps
 * one to one onto the components, e.g. {@code {"kind":"RANGE","column":"age","min":0,"max":120}}.
 * Construction accepts anything so that a stored or submitted rule can be reported on field by
 * field: {@link ValidationRules#check} says what is wrong with it.
 *
 * @param kind    what is expected; decides which other fields are read
 * @param column  the column the rule reads (null for ROW_COUNT); compared with the header trimmed
 * @param min     lower bound for RANGE and ROW_COUNT, inclusive; null for none
 * @param max     upper bound for RANGE and ROW_COUNT, inclusive; the allowed missing percent for
 *                MAX_MISSING_PCT
 * @param values  the allowed values for ALLOWED_VALUES (may hold nulls until checked)
 * @param pattern the java.util.regex pattern a REGEX value must match in full
 * @param type    the column type TYPE values must conform to
 */
public record ValidationRule(RuleKind kind, String column, Double min, Double max, List<String> values,
                             String pattern, ColumnType type) {

    public ValidationRule {
        // Not List.copyOf: a null element must reach check() as a problem, not fail here.
        values = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static ValidationRule notNull(String column) {
        return new ValidationRule(RuleKind.NOT_NULL, column, null, null, null, null, null);
    }

    /** A RANGE rule; a null bound is open. */
    public static ValidationRule range(String column, Double min, Double max) {
        return new ValidationRule(RuleKind.RANGE, column, min, max, null, null, null);
    }

    public static ValidationRule allowedValues(String column, List<String> values) {
        return new ValidationRule(RuleKind.ALLOWED_VALUES, column, null, null, values, null, null);
    }

    public static ValidationRule regex(String column, String pattern) {
        return new ValidationRule(RuleKind.REGEX, column, null, null, null, pattern, null);
    }

    public static ValidationRule unique(String column) {
        return new ValidationRule(RuleKind.UNIQUE, column, null, null, null, null, null);
    }

    /** A ROW_COUNT rule; a null bound is open. */
    public static ValidationRule rowCount(Double min, Double max) {
        return new ValidationRule(RuleKind.ROW_COUNT, null, min, max, null, null, null);
    }

    public static ValidationRule maxMissingPct(String column, double maxPct) {
        return new ValidationRule(RuleKind.MAX_MISSING_PCT, column, null, maxPct, null, null, null);
    }

    public static ValidationRule type(String column, ColumnType type) {
        return new ValidationRule(RuleKind.TYPE, column, null, null, null, null, type);
    }
}
