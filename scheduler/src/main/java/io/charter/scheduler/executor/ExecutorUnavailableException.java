package io.charter.scheduler.executor;

/**
 * The executor cannot answer now (the Kubernetes API is unreachable, the process table cannot be
 * read). Callers skip the step and try again later; above all, a failed {@link Executor#liveHandles()}
 * must never be read as "no worker is alive", which would requeue every running job.
 */
public class ExecutorUnavailableException extends RuntimeException {

    public ExecutorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExecutorUnavailableException(String message) {
        super(message);
    }
}
