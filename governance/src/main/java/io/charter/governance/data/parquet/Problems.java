package io.charter.governance.data.parquet;

import io.charter.governance.data.DataFormatException;

/**
 * The {@link DataFormatException}s of a Parquet upload, worded like the CSV scan's
 * ({@code row 5, column 2 ("price"): ...}) so that the upload form shows both alike. Row 0 means
 * the problem is in the file's structure or schema, not in one row.
 */
final class Problems {

    private static final int MAX_CAUSE_CHARS = 300;

    private Problems() {
    }

    /** A problem with the whole file (row 0, column 0). */
    static DataFormatException file(String detail) {
        return new DataFormatException(detail, 0, 0, null);
    }

    /** A problem with the whole file, keeping what parquet-java reported as the cause. */
    static DataFormatException file(String detail, Throwable cause) {
        DataFormatException e = file(detail + " (" + describe(cause) + ")");
        e.initCause(cause);
        return e;
    }

    /** A problem with one column of the schema (row 0). */
    static DataFormatException column(int column, String name, String detail) {
        return at(0, column, name, detail);
    }

    /**
     * A problem at a 1-based data row and 1-based column (0 when not about one column). The
     * message starts with where: {@code row 5, column 2 ("price"): }, or {@code column 2 ("price"): }
     * for row 0.
     */
    static DataFormatException at(long row, int column, String name, String detail) {
        StringBuilder where = new StringBuilder();
        if (row > 0) {
            where.append("row ").append(row);
        }
        if (column > 0) {
            where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
            if (name != null) {
                where.append(" (\"").append(name).append("\")");
            }
        }
        String message = where.length() > 0 ? where + ": " + detail : detail;
        return new DataFormatException(message, row, column, column > 0 ? name : null);
    }

    /**
     * parquet-java's own words for a failure and, when another failure caused it, that one's too
     * (parquet-java wraps, e.g. "could not decompress page" around the codec's reason): first lines
     * only, shortened, since some of its messages embed the whole schema or footer.
     */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = firstLine(failure);
        String words = root == failure || firstLine(root).equals(top) ? top : top + ": " + firstLine(root);
        return words.length() <= MAX_CAUSE_CHARS ? words : words.substring(0, MAX_CAUSE_CHARS) + "...";
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse("");
    }
}
