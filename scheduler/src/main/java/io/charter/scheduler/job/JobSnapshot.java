package io.charter.scheduler.job;

import java.time.Instant;
import java.util.Objects;

/**
 * One job as the server last stored it: everything the state machine, the attempt fence and the
 * reconciler decide on. The server owns the row; this is a read-only copy, so a decision made on
 * it must be applied with the row's version check (a job that moved meanwhile is left alone).
 *
 * @param jobId          the job's id
 * @param tenant         the tenant that owns it
 * @param state          its state
 * @param attempt        1-based number of the current attempt; it is also the fencing epoch
 * @param maxAttempts    how many attempts the job may use in all (1 means no retry)
 * @param launchId       identifies the current launch of this attempt, or {@code null} while
 *                       QUEUED. The server derives it from the job-scoped token it minted for the
 *                       launch (e.g. the token's SHA-256), so that a second worker started for the
 *                       same attempt, with another token, is fenced
 * @param executorHandle the executor's handle of the current launch, or {@code null} until the
 *                       executor's submit returned
 * @param stateSince     when the job entered {@code state}
 * @param lastHeartbeat  when the current attempt's worker last sent anything, or {@code null}
 * @param checkpoint     storage key of the latest checkpoint of any attempt, or {@code null}:
 *                       where the next attempt resumes
 */
public record JobSnapshot(String jobId, String tenant, JobState state, int attempt, int maxAttempts,
                          String launchId, String executorHandle, Instant stateSince, Instant lastHeartbeat,
                          String checkpoint) {

    public JobSnapshot {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateSince, "stateSince");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, but got " + maxAttempts);
        }
        if (attempt < 1 || attempt > maxAttempts) {
            throw new IllegalArgumentException("attempt must be between 1 and maxAttempts (" + maxAttempts
                    + "), but got " + attempt);
        }
    }

    /** A newly submitted job: QUEUED as attempt 1, never launched. */
    public static JobSnapshot queued(String jobId, String tenant, int maxAttempts, Instant at) {
        return new JobSnapshot(jobId, tenant, JobState.QUEUED, 1, maxAttempts, null, null, at, null, null);
    }

    /** Whether another attempt may follow the current one. */
    public boolean hasAttemptsLeft() {
        return attempt < maxAttempts;
    }

    /**
     * The latest sign of life of the current launch: the last heartbeat, or when the job
     * entered its state if that is later (a new launch starts with a clean slate).
     */
    public Instant lastSignOfLife() {
        return lastHeartbeat == null || lastHeartbeat.isBefore(stateSince) ? stateSince : lastHeartbeat;
    }
}
