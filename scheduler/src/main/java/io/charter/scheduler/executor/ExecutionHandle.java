package io.charter.scheduler.executor;

import java.util.Objects;

/**
 * An executor's name for one launched worker, opaque to everyone else. The server stores
 * {@link #value()} as text and hands it back to the same executor, also after a restart, so an
 * executor encodes what it needs to find the worker again: a local process executor its pid with
 * the process start time (a pid alone can be reused), a Kubernetes executor namespace/Job name.
 *
 * @param value the executor-defined text, at most {@link #MAX_LENGTH} characters
 */
public record ExecutionHandle(String value) {

    /** Longest value a handle may have, so that the server's column can hold any. */
    public static final int MAX_LENGTH = 255;

    public ExecutionHandle {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a handle must have 1 to " + MAX_LENGTH + " characters, but got "
                    + value.length());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
