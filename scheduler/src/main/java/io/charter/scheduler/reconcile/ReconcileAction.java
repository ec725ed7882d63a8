package io.charter.scheduler.reconcile;

import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobSnapshot;
import io.charter.scheduler.job.Transition;

import java.util.Objects;

/**
 * What the server should do about one job after comparing it with the executor.
 *
 * <p>The action was decided on {@code job}, a snapshot: the server applies it in a transaction
 * that re-reads the row and checks its version (or re-runs the state machine with
 * {@link #event()}), so a job that moved meanwhile (its worker reported SUCCEED a moment ago)
 * is left alone.
 *
 * @param job        the snapshot the decision was made on
 * @param kind       what to do
 * @param reason     why, in words for the audit trail and the job's page
 * @param transition for MARK_LOST_AND_REQUEUE and MARK_FAILED, what the state machine made of
 *                   {@link #event()} on {@code job}; else {@code null}
 * @param stopHandle a handle the server should {@code Executor.cancel}: a lost worker whose
 *                   process still runs (hung, or never started), or the worker of a job that
 *                   has finished or has no launch; else {@code null}
 */
public record ReconcileAction(JobSnapshot job, Kind kind, String reason, Transition.Moved transition,
                             String stopHandle) {

    /** The kinds of action. */
    public enum Kind {
        /** Nothing to do: the job is queued, alive, or finished and clean. */
        KEEP,
        /**
         * The job was SCHEDULED but the executor never confirmed the launch (no handle: the
         * server stopped between deciding and submitting). Submit the same attempt again with a
         * new launch id and token; any worker of the old launch is fenced.
         */
        RESUBMIT,
        /** The worker is lost and attempts remain: apply WORKER_LOST, the job is QUEUED as attempt + 1. */
        MARK_LOST_AND_REQUEUE,
        /** The worker is lost on the last attempt: apply WORKER_LOST, the job is FAILED. */
        MARK_FAILED,
        /** The job's state is settled but a worker still runs for it: cancel {@code stopHandle}. */
        STOP_WORKER
    }

    public ReconcileAction {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        boolean marks = kind == Kind.MARK_LOST_AND_REQUEUE || kind == Kind.MARK_FAILED;
        if (marks != (transition != null)) {
            throw new IllegalArgumentException("a transition goes with MARK_LOST_AND_REQUEUE and MARK_FAILED only, "
                    + "but got " + kind + " with transition " + transition);
        }
        if (kind == Kind.STOP_WORKER && stopHandle == null) {
            throw new IllegalArgumentException("STOP_WORKER must name the handle to stop");
        }
    }

    /** The event the server applies for a MARK_* action ({@code WORKER_LOST} with the reason), else {@code null}. */
    public JobEvent event() {
        return transition == null ? null : JobEvent.workerLost(reason);
    }

    /** The attempt the job runs next: one more when requeued, else its current attempt. */
    public int nextAttempt() {
        return kind == Kind.MARK_LOST_AND_REQUEUE ? job.attempt() + 1 : job.attempt();
    }

    /** Where the next launch resumes (the job's last checkpoint) for a requeue or resubmit, else {@code null}. */
    public String resumeFrom() {
        return kind == Kind.MARK_LOST_AND_REQUEUE || kind == Kind.RESUBMIT ? job.checkpoint() : null;
    }
}
