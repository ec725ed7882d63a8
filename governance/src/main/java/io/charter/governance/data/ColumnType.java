package io.charter.governance.data;

/**
 * The kind of values a column holds, inferred from every non-missing value so that later stages
 * (profiling, preprocessing, split stratification, fairness attributes) can treat the column
 * appropriately without asking the user first.
 *
 * <p>The rules, in order of precedence, are in {@link CsvScanner}; in short: a column is the most
 * specific of BOOLEAN, INTEGER, NUMERIC or DATETIME that all its values satisfy, otherwise ID,
 * CATEGORICAL or TEXT by name and cardinality.
 */
public enum ColumnType {
    /** Whole numbers that fit a signed 64-bit long. */
    INTEGER,
    /** Decimal or scientific-notation numbers (finite; "NaN" and "Infinity" are not numbers here). */
    NUMERIC,
    /** true/false/yes/no, case-insensitive; 0/1 columns are INTEGER. */
    BOOLEAN,
    /** ISO-8601 dates or date-times. */
    DATETIME,
    /** Few distinct values relative to the row count: a label, not free text. */
    CATEGORICAL,
    /** Free text: many distinct values. */
    TEXT,
    /** A row identifier: every value distinct and an id-like name or UUID values; never a feature. */
    ID
}
