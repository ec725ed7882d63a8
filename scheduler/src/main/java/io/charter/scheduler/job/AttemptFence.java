package io.charter.scheduler.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Fences worker messages by attempt and launch, so that only the current launch of the current
 * attempt can change a job. This is the fencing-token pattern of distributed locks (a monotonic
 * epoch checked by the resource, Kleppmann, "How to do distributed locking", 2016): the attempt
 * number only grows, and each launch has its own id, so a worker that was presumed lost, or a
 * second worker started for the same attempt, can never overwrite the one that replaced it.
 *
 * <p>Rules, in order: another job → {@link FenceDecision#REFUSED_WRONG_JOB}; a later attempt →
 * {@link FenceDecision#REFUSED_UNKNOWN_ATTEMPT}; an earlier attempt, a job that is QUEUED (its
 * attempt is not launched), or another launch id → {@link FenceDecision#REFUSED_STALE_ATTEMPT};
 * a finished job → {@link FenceDecision#DUPLICATE_TERMINAL} when the event repeats its outcome,
 * else {@link FenceDecision#REFUSED_TERMINAL}; otherwise {@link FenceDecision#ACCEPTED}.
 *
 * <p>The server checks the fence first and gives accepted events to {@link JobStateMachine}, in
 * the same transaction and under the row's version, so the check and the write see one state.
 */
public final class AttemptFence {

    private AttemptFence() {
    }

    /**
     * Fences a worker's state event.
     *
     * @throws IllegalArgumentException if {@code event} is not one a worker sends
     */
    public static FenceDecision check(JobSnapshot job, WorkerStamp stamp, JobEvent event) {
        Objects.requireNonNull(event, "event");
        if (!event.type().fromWorker()) {
            throw new IllegalArgumentException("the fence checks worker events (START, HEARTBEAT, SUCCEED, FAIL), "
                    + "but got " + event.type());
        }
        FenceDecision identity = checkIdentity(job, stamp);
        if (identity != FenceDecision.ACCEPTED || !job.state().isTerminal()) {
            return identity;
        }
        return repeatsOutcome(job.state(), event.type())
                ? FenceDecision.DUPLICATE_TERMINAL
                : FenceDecision.REFUSED_TERMINAL;
    }

    /**
     * Fences a worker message that is not a state event (a metric batch, a checkpoint, a log
     * chunk): accepted only from the current launch of a job that is not finished.
     */
    public static FenceDecision check(JobSnapshot job, WorkerStamp stamp) {
        FenceDecision identity = checkIdentity(job, stamp);
        if (identity == FenceDecision.ACCEPTED && job.state().isTerminal()) {
            return FenceDecision.REFUSED_TERMINAL;
        }
        return identity;
    }

    private static FenceDecision checkIdentity(JobSnapshot job, WorkerStamp stamp) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(stamp, "stamp");
        if (!job.jobId().equals(stamp.jobId())) {
            return FenceDecision.REFUSED_WRONG_JOB;
        }
        if (stamp.attempt() > job.attempt()) {
            return FenceDecision.REFUSED_UNKNOWN_ATTEMPT;
        }
        if (stamp.attempt() < job.attempt() || job.state() == JobState.QUEUED
                || !sameLaunch(job.launchId(), stamp.launchId())) {
            return FenceDecision.REFUSED_STALE_ATTEMPT;
        }
        return FenceDecision.ACCEPTED;
    }

    private static boolean repeatsOutcome(JobState state, JobEventType type) {
        return state == JobState.SUCCEEDED && type == JobEventType.SUCCEED
                || state == JobState.FAILED && type == JobEventType.FAIL;
    }

    /** Constant-time, since a launch id may be derived from a secret token. */
    private static boolean sameLaunch(String current, String claimed) {
        return current != null && MessageDigest.isEqual(current.getBytes(StandardCharsets.UTF_8),
                claimed.getBytes(StandardCharsets.UTF_8));
    }
}
