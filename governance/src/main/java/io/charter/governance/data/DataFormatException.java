package io.charter.governance.data;

/**
 * A file that is not acceptable CSV, with where the problem is, so the upload form can tell the
 * user which line of their file to fix.
 *
 * <p>{@code row} is the 1-based data row (the header is row 0); a row is a CSV record, which can
 * span several physical lines when a quoted field contains line breaks (RFC 4180 §2.6).
 * {@code column} is the 1-based column index, or 0 when the problem is not about one column.
 * {@code columnName} is the header name of that column when known, else null. An empty file
 * reports row 0; a header without data rows reports row 1, the row that is missing.
 */
public class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long row;
    private final int column;
    private final String columnName;

    public DataFormatException(String message, long row, int column, String columnName) {
        super(message);
        this.row = row;
        this.column = column;
        this.columnName = columnName;
    }

    /**
     * An exception whose message starts with where the problem is, e.g.
     * {@code row 5, column 2 ("price"): ...} or {@code header, column 3: ...}.
     */
    static DataFormatException at(long row, int column, String columnName, String detail) {
        StringBuilder where = new StringBuilder(row == 0 ? "header" : "row " + row);
        if (column > 0) {
            where.append(", column ").append(column);
            if (columnName != null) {
                where.append(" (\"").append(columnName).append("\")");
            }
        }
        return new DataFormatException(where + ": " + detail, row, column, columnName);
    }

    /** The 1-based data row; 0 is the header. */
    public long row() {
        return row;
    }

    /** The 1-based column, or 0 when the problem concerns the whole row or file. */
    public int column() {
        return column;
    }

    /** The column's header name, or null when unknown or not about one column. */
    public String columnName() {
        return columnName;
    }
}
