package io.charter.governance.data;

/**
 * How to read an uploaded CSV file and how large it may be per field and per row.
 *
 * <p>The limits are what keep the scan in bounded memory: the parser must buffer a whole field
 * and a whole record, so a file with one 5 GB field or a header with a million columns is
 * rejected instead of exhausting the server's heap.
 *
 * @param delimiter     field separator; RFC 4180 uses {@code ','}, European exports often {@code ';'}
 * @param maxFieldChars longest accepted field in characters (after removing quoting)
 * @param maxColumns    most columns the header (and so every row) may have
 */
public record CsvOptions(char delimiter, int maxFieldChars, int maxColumns) {

    /** Default {@link #maxFieldChars}: large enough for long free text, small enough to buffer. */
    public static final int DEFAULT_MAX_FIELD_CHARS = 1_000_000;

    /** Default {@link #maxColumns}: wider tables are almost always a wrong delimiter or a pivot. */
    public static final int DEFAULT_MAX_COLUMNS = 2000;

    public CsvOptions {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException(
                    "delimiter must be a character other than '\"', CR or LF, but got " + show(delimiter));
        }
        if (maxFieldChars < 1) {
            throw new IllegalArgumentException("maxFieldChars must be at least 1, but got " + maxFieldChars);
        }
        if (maxColumns < 1) {
            throw new IllegalArgumentException("maxColumns must be at least 1, but got " + maxColumns);
        }
    }

    /** Comma-separated, {@value #DEFAULT_MAX_FIELD_CHARS} chars per field, {@value #DEFAULT_MAX_COLUMNS} columns. */
    public static CsvOptions defaults() {
        return new CsvOptions(',', DEFAULT_MAX_FIELD_CHARS, DEFAULT_MAX_COLUMNS);
    }

    /** These options with another delimiter, e.g. {@code ';'} or {@code '\t'}. */
    public CsvOptions withDelimiter(char d) {
        return new CsvOptions(d, maxFieldChars, maxColumns);
    }

    private static String show(char c) {
        return switch (c) {
            case '\r' -> "'\\r'";
            case '\n' -> "'\\n'";
            default -> "'" + c + "'";
        };
    }
}
