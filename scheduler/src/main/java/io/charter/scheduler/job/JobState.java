package io.charter.scheduler.job;

/**
 * Lifecycle of a job: QUEUED → SCHEDULED → RUNNING → SUCCEEDED | FAILED | CANCELLED, with a
 * failed or lost attempt going back to QUEUED as the next attempt. {@link JobStateMachine}
 * holds the full table.
 */
public enum JobState {
    /** Waiting for the scheduler; no worker exists for the current attempt. */
    QUEUED,
    /** Handed to an executor; its worker has not yet reported START. */
    SCHEDULED,
    /** The worker reported START and sends heartbeats. */
    RUNNING,
    /** The worker reported success; never run again. */
    SUCCEEDED,
    /** Failed for good: not retryable, or out of attempts. */
    FAILED,
    /** Cancelled by a user or the server. */
    CANCELLED;

    /** SUCCEEDED, FAILED or CANCELLED: the job accepts no further change. */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    /**
     * SCHEDULED or RUNNING: a launch exists for the current attempt, so the job holds one of the
     * executor's slots and counts against its tenant's concurrency quota.
     */
    public boolean holdsLaunch() {
        return this == SCHEDULED || this == RUNNING;
    }
}
