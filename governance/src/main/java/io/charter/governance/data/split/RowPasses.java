package io.charter.governance.data.split;

import io.charter.governance.data.DataFormatException;
import io.charter.governance.data.RowHandler;
import io.charter.governance.data.RowSource;
import java.io.IOException;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The planner's reads of a {@link RowSource}: counts rows for progress across all passes, makes
 * sure every pass sees as many rows as the first, and lets a row handler report a bad value as a
 * {@link DataFormatException} through the source's {@link IOException}-only callback.
 */
final class RowPasses {

    private final RowSource source;
    private final LongConsumer progress;
    private long rowsRead;
    private long rows = -1;

    RowPasses(RowSource source, LongConsumer progress) {
        this.source = Objects.requireNonNull(source, "source");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Hands every row to {@code rows} once.
     *
     * @return the table's data rows
     * @throws DataFormatException if {@code rows} rejected a value with {@link #badValue}
     * @throws IOException         if the source fails, or has a different number of rows than the
     *                             first pass saw
     */
    long pass(RowHandler rows) throws IOException, DataFormatException {
        long[] seen = {0};
        try {
            source.forEach((row, fields) -> {
                if (row >= SplitAssignment.MAX_ROWS || (this.rows >= 0 && row >= this.rows)) {
                    throw tooMany(row);
                }
                rows.accept(row, fields);
                seen[0]++;
                if (++rowsRead % SplitPlanner.PROGRESS_INTERVAL_ROWS == 0) {
                    progress.accept(rowsRead);
                }
            });
        } catch (BadValue e) {
            throw e.problem;
        }
        if (this.rows >= 0 && seen[0] != this.rows) {
            throw new IOException("table must have the " + this.rows + " rows it had when this split was planned, "
                    + "but has " + seen[0] + " now");
        }
        this.rows = seen[0];
        progress.accept(rowsRead);
        return seen[0];
    }

    /** Rows of the table, once a pass has been read. */
    long rows() {
        if (rows < 0) {
            throw new IllegalStateException("no pass has been read yet");
        }
        return rows;
    }

    /**
     * A user error in one field, to throw from a row handler; {@link #pass} turns it into a
     * {@link DataFormatException} whose message starts like the upload scan's:
     * {@code row 5, column 2 ("ts"): ...}.
     *
     * @param row    0-based data row
     * @param column 0-based column
     */
    static IOException badValue(long row, int column, String columnName, String detail) {
        String message = "row " + (row + 1) + ", column " + (column + 1) + " (\"" + columnName + "\"): " + detail;
        return new BadValue(new DataFormatException(message, row + 1, column + 1, columnName));
    }

    private IOException tooMany(long row) {
        if (row >= SplitAssignment.MAX_ROWS) {
            return new IOException("a split plan holds at most " + SplitAssignment.MAX_ROWS
                    + " rows (one byte each in a Java array), but the table has more");
        }
        return new IOException("table must have the " + rows + " rows it had when this split was planned, "
                + "but has more now");
    }

    /** Carries a {@link DataFormatException} out of a row callback. */
    private static final class BadValue extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient DataFormatException problem;

        BadValue(DataFormatException problem) {
            super(problem.getMessage(), problem);
            this.problem = problem;
        }
    }
}
