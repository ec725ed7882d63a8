package io.charter.governance.data.validation;

import java.util.List;

/**
 * What a {@link ValidationRule} expects of a dataset version, after Great Expectations'
 * column-map and table expectations. Each kind reads only some of the rule's fields
 * ({@link #fields()}); the others must be absent. "Missing" means one of the scanner's missing
 * spellings after trimming ({@link io.charter.governance.data.Values#clean}).
 */
public enum RuleKind {
    /** No value of {@code column} is missing. */
    NOT_NULL("column"),
    /**
     * Every non-missing value of {@code column} is a finite number within [{@code min}, {@code max}],
     * inclusive; either bound may be absent, not both. A value that is not a number fails.
     */
    RANGE("column", "min", "max"),
    /** Every non-missing value of {@code column}, trimmed, is one of {@code values} (exact, case-sensitive). */
    ALLOWED_VALUES("column", "values"),
    /** Every non-missing value of {@code column}, trimmed, fully matches the regular expression {@code pattern}. */
    REGEX("column", "pattern"),
    /** No two non-missing values of {@code column} are equal; each repeat of an earlier value fails. */
    UNIQUE("column"),
    /** The version has between {@code min} and {@code max} data rows, inclusive; either bound may be absent. */
    ROW_COUNT("min", "max"),
    /** At most {@code max} percent (0 to 100) of the values of {@code column} are missing. */
    MAX_MISSING_PCT("column", "max"),
    /** Every non-missing value of {@code column} is a value of {@code type} by the upload scanner's rules. */
    TYPE("column", "type");

    private final List<String> fields;

    RuleKind(String... fields) {
        this.fields = List.of(fields);
    }

    /** The names of the {@link ValidationRule} fields this kind reads, as in its JSON form. */
    public List<String> fields() {
        return fields;
    }
}
