package io.charter.worker.data;

/**
 * The job's data cannot be used as the spec says (a missing label, a target that is not a number,
 * a split of another table, no rows to evaluate): another attempt would fail the same way, so the
 * attempt fails without retry.
 */
public final class BadDataException extends RuntimeException {

    public BadDataException(String message) {
        super(message);
    }
}
