package io.charter.scheduler.job;

import java.util.Objects;

/**
 * Something that happened to a job, as input to {@link JobStateMachine#transition}. Build it with
 * the factory methods; events carry no attempt number because the {@link AttemptFence} has
 * already matched a worker's event to the current attempt before the state machine sees it.
 *
 * @param type      what happened
 * @param reason    why: required for FAIL, WORKER_LOST, EXECUTOR_REJECTED and PREEMPTED (it
 *                  becomes the job's reason), optional for CANCEL, {@code null} otherwise
 * @param retryable whether another attempt could succeed: chosen by the worker for FAIL and by
 *                  the executor for EXECUTOR_REJECTED; always true for WORKER_LOST (a lost
 *                  worker says nothing about the job); false for the rest
 */
public record JobEvent(JobEventType type, String reason, boolean retryable) {

    public JobEvent {
        Objects.requireNonNull(type, "type");
        boolean needsReason = type == JobEventType.FAIL || type == JobEventType.WORKER_LOST
                || type == JobEventType.EXECUTOR_REJECTED || type == JobEventType.PREEMPTED;
        if (needsReason && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a " + type + " event must give a reason, but got " + reason);
        }
        if (type == JobEventType.WORKER_LOST && !retryable) {
            throw new IllegalArgumentException("a WORKER_LOST event is always retryable, but got retryable=false");
        }
        boolean mayRetry = type == JobEventType.FAIL || type == JobEventType.EXECUTOR_REJECTED
                || type == JobEventType.WORKER_LOST;
        if (retryable && !mayRetry) {
            throw new IllegalArgumentException("only FAIL, WORKER_LOST and EXECUTOR_REJECTED can be retryable, "
                    + "but got a retryable " + type);
        }
    }

    public static JobEvent schedule() {
        return new JobEvent(JobEventType.SCHEDULE, null, false);
    }

    public static JobEvent start() {
        return new JobEvent(JobEventType.START, null, false);
    }

    public static JobEvent heartbeat() {
        return new JobEvent(JobEventType.HEARTBEAT, null, false);
    }

    public static JobEvent succeed() {
        return new JobEvent(JobEventType.SUCCEED, null, false);
    }

    /** The worker's attempt failed; {@code retryable} says whether running it again could help. */
    public static JobEvent fail(String reason, boolean retryable) {
        return new JobEvent(JobEventType.FAIL, reason, retryable);
    }

    /** @param reason who cancelled and why, or {@code null} */
    public static JobEvent cancel(String reason) {
        return new JobEvent(JobEventType.CANCEL, reason, false);
    }

    /** The worker's process is gone or silent; e.g. "no heartbeat for PT1M". */
    public static JobEvent workerLost(String reason) {
        return new JobEvent(JobEventType.WORKER_LOST, reason, true);
    }

    /** The executor refused the launch; {@code retryable} when a later launch could be accepted. */
    public static JobEvent executorRejected(String reason, boolean retryable) {
        return new JobEvent(JobEventType.EXECUTOR_REJECTED, reason, retryable);
    }

    /**
     * The executor took the worker away through no fault of the job: the pod was evicted or
     * preempted, or its node was lost. The job runs again without using up an attempt.
     */
    public static JobEvent preempted(String reason) {
        return new JobEvent(JobEventType.PREEMPTED, reason, false);
    }
}
