package io.charter.worker.run;

import io.charter.governance.data.DataFormatException;
import io.charter.governance.pipeline.InvalidPipelineException;
import io.charter.worker.data.BadDataException;
import io.charter.worker.training.InvalidSpecException;
import io.charter.worker.training.TrainingDivergedException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a FAIL event says about an exception (docs/worker-protocol.md: a bad spec or a diverged loss
 * is not retryable, an I/O error is). Bad data is not retryable either: another attempt reads the
 * same bytes. Nor is an unexpected error: the worker is deterministic, so it would recur.
 *
 * @param reason    one line for the user, at most {@link #MAX_REASON} characters
 * @param retryable whether another attempt may succeed
 */
record Failure(String reason, boolean retryable) {

    static final int MAX_REASON = 2000;

    Failure {
        reason = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    static Failure of(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        if (cause instanceof TrainingDivergedException) {
            return new Failure("training diverged: " + message, false);
        }
        if (cause instanceof InvalidSpecException) {
            return new Failure("invalid spec: " + message, false);
        }
        if (cause instanceof BadDataException || cause instanceof DataFormatException
                || cause instanceof InvalidPipelineException || cause instanceof IllegalArgumentException) {
            return new Failure("bad data: " + message, false);
        }
        if (cause instanceof IOException) {
            return new Failure("I/O error: " + message, true);
        }
        return new Failure("internal error: " + cause.getClass().getName() + ": " + message, false);
    }
}
