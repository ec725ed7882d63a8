package io.charter.governance.data.parquet;

import io.charter.governance.data.CsvOptions;

/**
 * How large an uploaded Parquet file may be, checked against its footer before any row is
 * converted, so that an oversized or hostile file is refused instead of filling the server's disk
 * or heap.
 *
 * <p>{@code maxColumns} and {@code maxFieldChars} default to the CSV scan's limits
 * ({@link CsvOptions}), so that the CSV a conversion writes is one that the scan accepts.
 *
 * @param maxRows          most data rows the file may hold
 * @param maxColumns       most columns its schema may have
 * @param maxFieldChars    longest text value, in characters, once decoded
 * @param maxRowGroupBytes largest row group, in stored (compressed) bytes, and largest page once
 *                         decompressed: the reader holds one row group and one decompressed page per
 *                         column in memory at a time, so this bounds the conversion's heap use
 */
public record ParquetLimits(long maxRows, int maxColumns, int maxFieldChars, long maxRowGroupBytes) {

    /** Default {@link #maxRows}: the upload path's bound on one dataset version. */
    public static final long DEFAULT_MAX_ROWS = 100_000_000L;

    /**
     * Default {@link #maxRowGroupBytes}: 512 MiB, four times the 128 MiB row groups that Spark and
     * parquet-java write by default; pyarrow's and DuckDB's defaults are smaller for typical tables.
     */
    public static final long DEFAULT_MAX_ROW_GROUP_BYTES = 512L * 1024 * 1024;

    public ParquetLimits {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, but got " + maxRows);
        }
        if (maxColumns < 1) {
            throw new IllegalArgumentException("maxColumns must be at least 1, but got " + maxColumns);
        }
        if (maxFieldChars < 1) {
            throw new IllegalArgumentException("maxFieldChars must be at least 1, but got " + maxFieldChars);
        }
        if (maxRowGroupBytes < 1) {
            throw new IllegalArgumentException("maxRowGroupBytes must be at least 1, but got " + maxRowGroupBytes);
        }
    }

    /** {@value #DEFAULT_MAX_ROWS} rows, the CSV scan's column and field limits, 512 MiB row groups. */
    public static ParquetLimits defaults() {
        return new ParquetLimits(DEFAULT_MAX_ROWS, CsvOptions.DEFAULT_MAX_COLUMNS, CsvOptions.DEFAULT_MAX_FIELD_CHARS,
                DEFAULT_MAX_ROW_GROUP_BYTES);
    }

    /** These limits with another {@link #maxRows}. */
    public ParquetLimits withMaxRows(long rows) {
        return new ParquetLimits(rows, maxColumns, maxFieldChars, maxRowGroupBytes);
    }

    /** These limits with another {@link #maxRowGroupBytes}. */
    public ParquetLimits withMaxRowGroupBytes(long bytes) {
        return new ParquetLimits(maxRows, maxColumns, maxFieldChars, bytes);
    }
}
