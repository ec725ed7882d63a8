package io.charter.worker.protocol;

/**
 * The server could not be told: unreachable or failing for longer than the retry budget, or it
 * refused the token (401), the job (404) or the event (400). Nothing more can be reported, so the
 * worker exits 2. Unchecked, so that it passes through training listeners.
 */
public final class ReportFailedException extends RuntimeException {

    public ReportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
