package io.charter.worker.protocol;

/**
 * The server refused an event with 409 because this launch is no longer the job's current one or
 * the job has ended (cancelled): the worker must stop at once, send nothing more and exit 3.
 * Unchecked, so that it passes through training listeners and stops the training loop.
 */
public final class FencedException extends RuntimeException {

    public FencedException(String message) {
        super(message);
    }
}
