package io.charter.stack;

/**
 * A start-up problem the person running Charter can fix (port taken, already running, build missing).
 *
 * <p>Why a type of its own: {@link StackMain} prints its message alone, without a stack trace, so
 * the message must say what is wrong and what to do.
 */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
