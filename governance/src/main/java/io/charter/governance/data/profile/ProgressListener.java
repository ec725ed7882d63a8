package io.charter.governance.data.profile;

/**
 * Told how far a profiling run has got, so that a background job can report progress. A
 * listener, not a callback inside the row loop's logic: it is called every
 * {@link #INTERVAL_ROWS} rows and once at the end, and must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Rows between two calls. */
    long INTERVAL_ROWS = 10_000;

    /** A listener that ignores progress. */
    ProgressListener NONE = rows -> { };

    /** {@code rows} data rows (header excluded) have been read so far. */
    void rowsRead(long rows);
}
