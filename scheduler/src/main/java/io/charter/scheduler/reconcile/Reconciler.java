package io.charter.scheduler.reconcile;

import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.JobStateMachine;
import io.charter.scheduler.job.Transition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the jobs the server believes are running with the workers the executor still has,
 * and says what to do about each: a level-triggered reconciler (it looks at the whole state each
 * time, not at a stream of changes, like a Kubernetes controller), so one pass at server start
 * and one every few seconds after it are the same code, and a missed pass loses nothing.
 *
 * <p>Per job, in input order, one {@link ReconcileAction}:
 * <ul>
 *   <li>QUEUED: KEEP (the fair-share scheduler's business); STOP_WORKER if it still names a live handle.
 *   <li>SCHEDULED without a handle: RESUBMIT once it has been so longer than the start timeout
 *       (the launch was decided and never confirmed), KEEP before (a submit may be under way).
 *   <li>SCHEDULED with a handle: lost if the handle is not live, or if START did not come within
 *       the start timeout.
 *   <li>RUNNING: lost if its handle is known and not live, or if its last sign of life is older
 *       than the heartbeat timeout; else KEEP. Silence before {@link Liveness#listeningSince()}
 *       does not count, so a server restart alone never loses a worker that is still alive.
 *   <li>Lost: the state machine applies WORKER_LOST, giving MARK_LOST_AND_REQUEUE (attempt + 1,
 *       resuming from the last checkpoint) or MARK_FAILED (no attempts left); the old handle is
 *       to be stopped if it is still live (a hung worker must not hold its slot).
 *   <li>SUCCEEDED, FAILED, CANCELLED: never run again. STOP_WORKER if a handle of it is still live
 *       a heartbeat timeout after it finished (a cancel the server could not deliver), else KEEP.
 * </ul>
 *
 * <p>{@code liveExecutorHandles} must be the executor's complete answer taken <em>after</em> the
 * job snapshots were read: a worker submitted before the read then appears in it. When the
 * executor cannot answer, skip the pass (an empty set would declare every worker lost).
 */
public final class Reconciler {

    private Reconciler() {
    }

    /**
     * {@link #reconcile(List, Instant, Liveness, Set)} with {@link Liveness#of}: one timeout for start
     * and heartbeats, all silence counted against the worker. At server start, use
     * {@link Liveness#afterStart}, or the server's own downtime would count as the workers' silence.
     */
    public static List<ReconcileAction> reconcile(List<JobSnapshot> jobs, Instant now, Duration heartbeatTimeout,
                                                  Set<String> liveExecutorHandles) {
        return reconcile(jobs, now, Liveness.of(heartbeatTimeout), liveExecutorHandles);
    }

    /**
     * One action per job, in the order of {@code jobs}.
     *
     * @param jobs                the jobs to check; typically every job not finished, plus recently
     *                            finished ones whose worker may linger
     * @param now                 the server's current time
     * @param liveness            how long silence may last, and since when it counts
     * @param liveExecutorHandles {@code ExecutionHandle.value()} of every worker the executor has that
     *                            has not exited
     * @throws IllegalArgumentException if a job id appears twice
     */
    public static List<ReconcileAction> reconcile(List<JobSnapshot> jobs, Instant now, Liveness liveness,
                                                  Set<String> liveExecutorHandles) {
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(liveness, "liveness");
        Objects.requireNonNull(liveExecutorHandles, "liveExecutorHandles");
        Set<String> seen = new HashSet<>();
        List<ReconcileAction> actions = new ArrayList<>(jobs.size());
        for (JobSnapshot job : jobs) {
            if (!seen.add(job.jobId())) {
                throw new IllegalArgumentException("each job must appear once, but " + job.jobId() + " appears twice");
            }
            actions.add(decide(job, now, liveness, liveExecutorHandles));
        }
        return actions;
    }

    private static ReconcileAction decide(JobSnapshot job, Instant now, Liveness liveness, Set<String> live) {
        boolean handleLive = job.executorHandle() != null && live.contains(job.executorHandle());
        return switch (job.state()) {
            case QUEUED -> handleLive
                    ? stop(job, "the job waits as attempt " + job.attempt() + " but an earlier worker still runs")
                    : keep(job, "queued");
            case SCHEDULED -> scheduled(job, now, liveness, handleLive);
            case RUNNING -> running(job, now, liveness, handleLive);
            case SUCCEEDED, FAILED, CANCELLED -> finished(job, now, liveness.heartbeatTimeout(), handleLive);
        };
    }

    private static ReconcileAction scheduled(JobSnapshot job, Instant now, Liveness liveness, boolean handleLive) {
        if (job.executorHandle() == null) {
            // no server was submitting for longer than the start timeout: the launch was never confirmed
            Duration waited = Duration.between(job.stateSince(), now);
            String reason = "attempt " + job.attempt() + " was scheduled " + waited
                    + " ago but the executor never confirmed its launch";
            return waited.compareTo(liveness.startTimeout()) > 0
                    ? new ReconcileAction(job, ReconcileAction.Kind.RESUBMIT, reason, null, null)
                    : keep(job, "launch being submitted");
        }
        if (!handleLive) {
            return lost(job, "the worker of attempt " + job.attempt() + " is gone before it reported START", false);
        }
        if (liveness.silence(job.stateSince(), now).compareTo(liveness.startTimeout()) > 0) {
            return lost(job, "attempt " + job.attempt() + " did not report START within " + liveness.startTimeout(),
                    true);
        }
        return keep(job, "starting");
    }

    private static ReconcileAction running(JobSnapshot job, Instant now, Liveness liveness, boolean handleLive) {
        if (job.executorHandle() != null && !handleLive) {
            return lost(job, "the worker process of attempt " + job.attempt() + " is gone", false);
        }
        Duration silent = liveness.silence(job.lastSignOfLife(), now);
        if (silent.compareTo(liveness.heartbeatTimeout()) > 0) {
            return lost(job, "no heartbeat from attempt " + job.attempt() + " for " + silent + " (timeout "
                    + liveness.heartbeatTimeout() + ")", handleLive);
        }
        return keep(job, "alive");
    }

    private static ReconcileAction finished(JobSnapshot job, Instant now, Duration grace, boolean handleLive) {
        if (handleLive && Duration.between(job.stateSince(), now).compareTo(grace) > 0) {
            return stop(job, "the job is " + job.state() + " but its worker still runs");
        }
        return keep(job, "finished");
    }

    /** Asks the state machine, so the reconciler and worker events can never disagree on attempts. */
    private static ReconcileAction lost(JobSnapshot job, String reason, boolean stopOldWorker) {
        Transition t = JobStateMachine.transition(job, JobEvent.workerLost(reason));
        if (!(t instanceof Transition.Moved moved)) {
            throw new IllegalStateException("WORKER_LOST must move a " + job.state() + " job, but got " + t);
        }
        ReconcileAction.Kind kind = moved.requeued()
                ? ReconcileAction.Kind.MARK_LOST_AND_REQUEUE
                : ReconcileAction.Kind.MARK_FAILED;
        return new ReconcileAction(job, kind, reason, moved, stopOldWorker ? job.executorHandle() : null);
    }

    private static ReconcileAction keep(JobSnapshot job, String reason) {
        return new ReconcileAction(job, ReconcileAction.Kind.KEEP, reason, null, null);
    }

    private static ReconcileAction stop(JobSnapshot job, String reason) {
        return new ReconcileAction(job, ReconcileAction.Kind.STOP_WORKER, reason, null, job.executorHandle());
    }
}
