package io.charter.governance.data;

/**
 * One column as inferred: its name, type, and counts.
 *
 * <p>Distinct values are counted exactly up to {@link #DISTINCT_CAP}; beyond it
 * {@code distinctCapped} is true and {@code distinct} stays at the cap, because an exact count of
 * a high-cardinality column would need memory proportional to the file. Values are compared by a
 * 64-bit hash so that long text costs no more than short codes; two different values are confused
 * with probability below 3·10⁻¹² per column.
 *
 * @param name           the header field as written in the file (not trimmed)
 * @param type           the inferred type
 * @param nonMissing     values that are not one of {@link CsvScanner#MISSING_VALUES}
 * @param missing        values that are
 * @param distinctCapped true when the column has more than {@link #DISTINCT_CAP} distinct values
 * @param distinct       distinct non-missing values (compared after trimming), at most the cap
 */
public record ColumnSummary(String name, ColumnType type, long nonMissing, long missing,
                            boolean distinctCapped, long distinct) {

    /** Distinct values tracked per column: enough for any categorical column, at most 128 KB of hashes. */
    public static final int DISTINCT_CAP = 10_000;
}
