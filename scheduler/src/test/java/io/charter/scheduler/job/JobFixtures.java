package io.charter.scheduler.job;

import java.time.Instant;

/** Snapshots and events for the job tests. */
final class JobFixtures {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private JobFixtures() {
    }

    /** Job "job-1" of tenant "acme" in {@code state} as {@code attempt} of {@code maxAttempts}. */
    static JobSnapshot job(JobState state, int attempt, int maxAttempts) {
        String launch = state == JobState.QUEUED ? null : "launch-" + attempt;
        String handle = state == JobState.QUEUED ? null : "local:100" + attempt;
        return new JobSnapshot("job-1", "acme", state, attempt, maxAttempts, launch, handle, T0, null, null);
    }

    /** A representative event of each type; the ones that can be retryable are. */
    static JobEvent eventOf(JobEventType type) {
        return switch (type) {
            case SCHEDULE -> JobEvent.schedule();
            case START -> JobEvent.start();
            case HEARTBEAT -> JobEvent.heartbeat();
            case SUCCEED -> JobEvent.succeed();
            case FAIL -> JobEvent.fail("CUDA out of memory", true);
            case CANCEL -> JobEvent.cancel("cancelled by alice");
            case WORKER_LOST -> JobEvent.workerLost("no heartbeat for PT1M");
            case EXECUTOR_REJECTED -> JobEvent.executorRejected("namespace quota exceeded", true);
            case PREEMPTED -> JobEvent.preempted("the pod was evicted: the node was low on memory");
        };
    }

    /** The stamp of the job's current launch. */
    static WorkerStamp stampOf(JobSnapshot job) {
        return new WorkerStamp(job.jobId(), job.attempt(), job.launchId());
    }
}
