package io.charter.scheduler.job;

/**
 * The kinds of {@link JobEvent}. Four come from the worker and pass the {@link AttemptFence}
 * first; the others are the server's own decisions.
 */
public enum JobEventType {
    /** Server: the fair-share scheduler chose the job and a launch is being submitted. */
    SCHEDULE(false),
    /** Worker: its first heartbeat; it fetched its spec and is running. */
    START(true),
    /** Worker: still alive (metric batches and checkpoints count as heartbeats too). */
    HEARTBEAT(true),
    /** Worker: finished and uploaded its artifacts; it exits 0 next. */
    SUCCEED(true),
    /** Worker: the attempt failed, retryable or not. */
    FAIL(true),
    /** Server: a user or the server cancels the job. */
    CANCEL(false),
    /** Server: the worker's process is gone or its heartbeats stopped ({@code Reconciler}). */
    WORKER_LOST(false),
    /** Server: the executor refused the launch ({@code ExecutorRejectedException}). */
    EXECUTOR_REJECTED(false),
    /**
     * Server: the executor took the worker away (eviction, preemption, a lost or drained node):
     * not the job's fault, so it does not use up an attempt.
     */
    PREEMPTED(false);

    private final boolean fromWorker;

    JobEventType(boolean fromWorker) {
        this.fromWorker = fromWorker;
    }

    /** Whether a worker sends this event (and it must therefore pass the attempt fence). */
    public boolean fromWorker() {
        return fromWorker;
    }
}
