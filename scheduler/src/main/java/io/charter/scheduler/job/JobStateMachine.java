package io.charter.scheduler.job;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.charter.scheduler.job.JobEventType.CANCEL;
import static io.charter.scheduler.job.JobEventType.EXECUTOR_REJECTED;
import static io.charter.scheduler.job.JobEventType.FAIL;
import static io.charter.scheduler.job.JobEventType.HEARTBEAT;
import static io.charter.scheduler.job.JobEventType.PREEMPTED;
import static io.charter.scheduler.job.JobEventType.SCHEDULE;
import static io.charter.scheduler.job.JobEventType.START;
import static io.charter.scheduler.job.JobEventType.SUCCEED;
import static io.charter.scheduler.job.JobEventType.WORKER_LOST;
import static io.charter.scheduler.job.JobState.CANCELLED;
import static io.charter.scheduler.job.JobState.FAILED;
import static io.charter.scheduler.job.JobState.QUEUED;
import static io.charter.scheduler.job.JobState.RUNNING;
import static io.charter.scheduler.job.JobState.SCHEDULED;
import static io.charter.scheduler.job.JobState.SUCCEEDED;

/**
 * The job lifecycle as one explicit table: (state, event) → effect. A cell that is not in the
 * table is an {@link Transition.IllegalTransition}.
 *
 * <pre>
 *               SCHEDULE   START     HEARTBEAT SUCCEED    FAIL   CANCEL    WORKER_LOST EXECUTOR_REJECTED PREEMPTED
 *   QUEUED      SCHEDULED  -         -         -          -      CANCELLED -           -                 -
 *   SCHEDULED   -          RUNNING   -         -          retry  CANCELLED retry       retry             requeue
 *   RUNNING     -          (same)    (same)    SUCCEEDED  retry  CANCELLED retry       -                 requeue
 *   SUCCEEDED   -          -         -         (same)     -      -         -           -                 -
 *   FAILED      -          -         -         -          (same) -         -           -                 -
 *   CANCELLED   -          -         -         -          -      (same)    -           -                 -
 * </pre>
 *
 * <p><b>retry</b>: the attempt ended. If the event is retryable (a lost worker always is) and
 * {@code attempt < maxAttempts}, the job goes back to QUEUED as attempt + 1 and resumes from its
 * last checkpoint; otherwise it becomes FAILED with the event's reason. A rejected launch uses
 * up its attempt too: the attempt number is also the fencing epoch, and a launch the executor
 * refused may still have started something whose late events must not count for the next one.
 *
 * <p><b>requeue</b>: the executor took the worker away (a pod evicted or preempted, a node lost):
 * the job goes back to QUEUED as attempt + 1, {@link Transition.Moved#free() free of charge}, so
 * the server raises its budget by one. The attempt number still grows: it is the fencing epoch,
 * and the evicted worker's late events must not count. Kubernetes' Job controller counts such
 * pods apart from failures in the same way ({@code podFailurePolicy} action {@code Ignore} for the
 * {@code DisruptionTarget} condition).
 *
 * <p><b>(same)</b>: accepted, nothing changes: a heartbeat, or the repetition of an event the job
 * already acted on, so a worker or user that retries a request is answered consistently. That
 * the repetition comes from the current attempt is the {@link AttemptFence}'s check.
 *
 * <p>A worker must report START before anything else: a HEARTBEAT or SUCCEED while SCHEDULED is a
 * protocol error, not a hint. Terminal states accept nothing new; CANCEL works from every
 * non-terminal state (the server then cancels the executor handle).
 */
public final class JobStateMachine {

    /** What an allowed cell does. */
    private enum Effect { TO_SCHEDULED, TO_RUNNING, TO_SUCCEEDED, TO_CANCELLED, RETRY_OR_FAIL, REQUEUE_FREE, UNCHANGED }

    private static final Map<JobState, Map<JobEventType, Effect>> TABLE = new EnumMap<>(JobState.class);

    static {
        allow(QUEUED, SCHEDULE, Effect.TO_SCHEDULED);
        allow(QUEUED, CANCEL, Effect.TO_CANCELLED);

        allow(SCHEDULED, START, Effect.TO_RUNNING);
        allow(SCHEDULED, FAIL, Effect.RETRY_OR_FAIL);
        allow(SCHEDULED, CANCEL, Effect.TO_CANCELLED);
        allow(SCHEDULED, WORKER_LOST, Effect.RETRY_OR_FAIL);
        allow(SCHEDULED, EXECUTOR_REJECTED, Effect.RETRY_OR_FAIL);
        allow(SCHEDULED, PREEMPTED, Effect.REQUEUE_FREE);

        allow(RUNNING, START, Effect.UNCHANGED);
        allow(RUNNING, HEARTBEAT, Effect.UNCHANGED);
        allow(RUNNING, SUCCEED, Effect.TO_SUCCEEDED);
        allow(RUNNING, FAIL, Effect.RETRY_OR_FAIL);
        allow(RUNNING, CANCEL, Effect.TO_CANCELLED);
        allow(RUNNING, WORKER_LOST, Effect.RETRY_OR_FAIL);
        allow(RUNNING, PREEMPTED, Effect.REQUEUE_FREE);

        allow(SUCCEEDED, SUCCEED, Effect.UNCHANGED);
        allow(FAILED, FAIL, Effect.UNCHANGED);
        allow(CANCELLED, CANCEL, Effect.UNCHANGED);
    }

    private JobStateMachine() {
    }

    private static void allow(JobState state, JobEventType event, Effect effect) {
        TABLE.computeIfAbsent(state, s -> new EnumMap<>(JobEventType.class)).put(event, effect);
    }

    /** Whether {@code state} accepts events of {@code type} at all (e.g. to offer a Cancel button). */
    public static boolean accepts(JobState state, JobEventType type) {
        return effect(state, type) != null;
    }

    /** The event types {@code state} accepts. */
    public static Set<JobEventType> accepted(JobState state) {
        Map<JobEventType, Effect> row = TABLE.get(state);
        return row == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(row.keySet()));
    }

    /**
     * Decides what {@code event} does to {@code job}. Pure: the caller stores the result.
     *
     * @return {@link Transition.Moved}, {@link Transition.Unchanged}, or
     *         {@link Transition.IllegalTransition} with a reason that names the state and event
     */
    public static Transition transition(JobSnapshot job, JobEvent event) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(event, "event");
        Effect effect = effect(job.state(), event.type());
        if (effect == null) {
            return new Transition.IllegalTransition(job.state(), event.type(), refusal(job, event.type()));
        }
        return switch (effect) {
            case TO_SCHEDULED -> moved(job, SCHEDULED, null);
            case TO_RUNNING -> moved(job, RUNNING, null);
            case TO_SUCCEEDED -> moved(job, SUCCEEDED, null);
            case TO_CANCELLED -> moved(job, CANCELLED, event.reason() == null ? "cancelled" : event.reason());
            case RETRY_OR_FAIL -> endAttempt(job, event);
            case REQUEUE_FREE -> new Transition.Moved(job.state(), QUEUED, job.attempt() + 1, event.reason(), true);
            case UNCHANGED -> new Transition.Unchanged(job.state(), unchangedReason(job.state(), event.type()));
        };
    }

    private static Effect effect(JobState state, JobEventType type) {
        Map<JobEventType, Effect> row = TABLE.get(state);
        return row == null ? null : row.get(type);
    }

    private static Transition endAttempt(JobSnapshot job, JobEvent event) {
        if (event.retryable() && job.hasAttemptsLeft()) {
            return new Transition.Moved(job.state(), QUEUED, job.attempt() + 1, event.reason());
        }
        return moved(job, FAILED, event.reason());
    }

    private static Transition.Moved moved(JobSnapshot job, JobState to, String reason) {
        return new Transition.Moved(job.state(), to, job.attempt(), reason);
    }

    private static String unchangedReason(JobState state, JobEventType type) {
        return type == HEARTBEAT ? "heartbeat" : "duplicate " + type + " (the job is already " + state + ")";
    }

    /** Why a cell is empty, in the "expected vs actual, and a hint" form of the error vocabulary. */
    private static String refusal(JobSnapshot job, JobEventType type) {
        String head = "a " + job.state() + " job does not accept " + type + ": ";
        return head + switch (job.state()) {
            case QUEUED -> "attempt " + job.attempt() + " has no worker yet; expected SCHEDULE or CANCEL";
            case SCHEDULED -> type == SCHEDULE
                    ? "attempt " + job.attempt() + " is already scheduled"
                    : "the worker must report START first";
            case RUNNING -> type == SCHEDULE
                    ? "attempt " + job.attempt() + " is already running"
                    : "the executor already accepted the launch; a vanished worker is WORKER_LOST";
            case SUCCEEDED, FAILED, CANCELLED -> "a finished job accepts no further events";
        };
    }
}
