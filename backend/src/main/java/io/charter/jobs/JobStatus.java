package io.charter.jobs;

/** Lifecycle of a background job: queued, running, done, or failed (the error says why; re-run with POST). */
public enum JobStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED;

    /** Queued or running: the caller should poll (HTTP 202). */
    public boolean active() {
        return this == PENDING || this == RUNNING;
    }
}
