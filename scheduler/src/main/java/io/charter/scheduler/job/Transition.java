package io.charter.scheduler.job;

import java.util.Objects;

/**
 * The answer of {@link JobStateMachine#transition}: the job moves, stays as it is (a heartbeat,
 * or an idempotent duplicate), or the event is not allowed in the job's state.
 */
public sealed interface Transition permits Transition.Moved, Transition.Unchanged, Transition.IllegalTransition {

    /** Whether the event was accepted (moved or unchanged); the server answers 2xx. */
    boolean accepted();

    /**
     * The job moves to {@code to} as attempt {@code attempt}.
     *
     * @param from    the state before
     * @param to      the state after
     * @param attempt the attempt after: one more than before when the job was requeued
     * @param reason  for FAILED and CANCELLED, and for a requeue, why (the event's reason); else
     *                {@code null}
     * @param free    for a requeue after a preemption: the next attempt does not count against the
     *                job's budget, so the server raises {@code maxAttempts} by one with it (the
     *                attempt number still grows, because it is also the fencing epoch)
     */
    record Moved(JobState from, JobState to, int attempt, String reason, boolean free) implements Transition {

        public Moved {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (free && to != JobState.QUEUED) {
                throw new IllegalArgumentException("only a requeue can be free of charge, but got one to " + to);
            }
        }

        /** A move that is charged as usual. */
        public Moved(JobState from, JobState to, int attempt, String reason) {
            this(from, to, attempt, reason, false);
        }

        /**
         * Whether the attempt ended and the next one waits in the queue: the server clears the
         * launch and handle and asks the {@link RetryPolicy} when it may run.
         */
        public boolean requeued() {
            return to == JobState.QUEUED;
        }

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * The event is accepted and changes nothing: a heartbeat, or a repeated START, SUCCEED, FAIL or
     * CANCEL the job already acted on (a client that retried a request it thought was lost).
     *
     * @param state  the job's state, unchanged
     * @param reason what was recognised, e.g. "duplicate SUCCEED"
     */
    record Unchanged(JobState state, String reason) implements Transition {

        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * The event is not allowed in the job's state; the job is unchanged and the server answers
     * 409 with {@code reason}.
     *
     * @param state  the job's state
     * @param event  the refused event
     * @param reason expected vs actual, e.g. "a QUEUED job does not accept HEARTBEAT: it has no worker yet"
     */
    record IllegalTransition(JobState state, JobEventType event, String reason) implements Transition {

        @Override
        public boolean accepted() {
            return false;
        }
    }
}
