package io.charter.scheduler.executor;

import io.charter.scheduler.job.JobEvent;

/**
 * The executor refused a launch: no worker was started (or, if one was, the executor will not
 * report it). The server records it as {@link JobEvent#executorRejected} on the job.
 */
public class ExecutorRejectedException extends Exception {

    private final boolean retryable;

    /**
     * @param reason    what the executor said, e.g. "exceeded quota: requests.nvidia.com/gpu"
     * @param retryable whether a later launch could be accepted (a full quota: yes; an image
     *                  that does not exist or a request larger than any node: no)
     */
    public ExecutorRejectedException(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    public ExecutorRejectedException(String reason, boolean retryable, Throwable cause) {
        super(reason, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The event the server applies to the job. */
    public JobEvent toEvent() {
        String reason = getMessage() == null || getMessage().isBlank() ? "rejected by the executor" : getMessage();
        return JobEvent.executorRejected(reason, retryable);
    }
}
