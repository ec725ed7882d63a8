package io.charter.scheduler.executor.kubernetes;

import io.charter.scheduler.job.JobEvent;
import io.charter.scheduler.job.JobState;

import java.util.Objects;
import java.util.Optional;

/**
 * What the server does with a {@link WorkerVerdict} on a job whose current launch is the judged
 * Kubernetes Job. Pure; the caller has already matched the Job to the job's current launch.
 *
 * <p>The worker reports START, SUCCEED and FAIL to the server itself (docs/worker-protocol.md),
 * so the executor's view adds an event only where the worker cannot speak: it never started
 * (image, Secret, runtime errors), it was killed (OOM, a signal, the time budget), the cluster
 * took it away (PREEMPTED: requeued without using up an attempt), or it gave up reporting
 * (exit 2). A Job that vanished (GONE) is the {@code Reconciler}'s WORKER_LOST business, not
 * this one's: the reconciler sees it missing from {@code liveHandles()} anyway.
 *
 * <pre>
 *   verdict                                   SCHEDULED                     RUNNING
 *   PENDING, STARTING, RUNNING                -                             -
 *   SUCCEEDED, GONE                           -                             -
 *   PREEMPTED                                 PREEMPTED                     PREEMPTED
 *   FAILED exit 1 (the worker sent FAIL)      FAIL retryable                - (its FAIL or the heartbeat timeout)
 *   FAILED exit 2 (could not report)          FAIL not retryable: config    FAIL retryable
 *   FAILED, anything else                     FAIL as the verdict says      FAIL as the verdict says
 * </pre>
 *
 * Other job states get no event: a QUEUED job has no launch, a finished one accepts none.
 *
 * <p>A FAIL from here is the server's own conclusion, not a worker message: the caller's match of
 * the Job to the current launch stands in for the {@code AttemptFence}, and the event goes to
 * {@code JobStateMachine} directly.
 */
public final class KubeFeedback {

    /** Exit 2 before START: the launch cannot reach the server, so every attempt would do the same. */
    static final String UNREPORTED_BEFORE_START = "a configuration error: the worker exited 2 before it reported "
            + "START, so it could not reach the server or lacked its settings (check the server URL the workers "
            + "get, the network policy between worker pods and the server, and the job token); the job fails fast "
            + "instead of retrying (";

    private KubeFeedback() {
    }

    /**
     * The event to apply to a job in {@code state} whose current launch got {@code verdict}, or
     * empty when the worker speaks for itself or nothing happened.
     */
    public static Optional<JobEvent> eventFor(JobState state, WorkerVerdict verdict) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(verdict, "verdict");
        if (!state.holdsLaunch()) {
            return Optional.empty();
        }
        return switch (verdict.kind()) {
            case PENDING, STARTING, RUNNING, SUCCEEDED, GONE -> Optional.empty();
            case PREEMPTED -> Optional.of(JobEvent.preempted(verdict.message()));
            case FAILED -> failure(state, verdict);
        };
    }

    private static Optional<JobEvent> failure(JobState state, WorkerVerdict verdict) {
        boolean running = state == JobState.RUNNING;
        if (WorkerVerdict.REASON_WORKER_FAILED.equals(verdict.reason()) && running) {
            return Optional.empty();
        }
        if (WorkerVerdict.REASON_UNREPORTED.equals(verdict.reason()) && !running) {
            return Optional.of(JobEvent.fail(UNREPORTED_BEFORE_START + verdict.message() + ")", false));
        }
        return Optional.of(JobEvent.fail(verdict.message(), verdict.retryable()));
    }

    /**
     * The text to show as the job's queue reason while it is SCHEDULED: the verdict's message
     * while the pod waits for a node or starts (e.g. the scheduler's "0/3 nodes are available:
     * 3 Insufficient nvidia.com/gpu"), else {@code null}.
     */
    public static String pendingNote(WorkerVerdict verdict) {
        if (verdict == null) {
            return null;
        }
        boolean waiting = verdict.kind() == WorkerVerdict.Kind.PENDING
                || verdict.kind() == WorkerVerdict.Kind.STARTING;
        return waiting ? verdict.message() : null;
    }
}
