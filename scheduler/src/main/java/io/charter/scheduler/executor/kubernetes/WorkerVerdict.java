package io.charter.scheduler.executor.kubernetes;

import java.util.Objects;

/**
 * Where a launch's worker is, in Charter's words, judged from its Kubernetes Job by
 * {@link KubeWorkerClassifier}: finer than {@code ExecutorStatus} (it tells an unschedulable pod
 * from a pulling image, an eviction from a crash) and with a sentence a user can act on. The
 * server shows it on the job page and in the audit trail, and {@link KubeFeedback} turns it into
 * the job event, if any.
 *
 * @param kind      what happened
 * @param reason    short and machine-ish, e.g. "ImagePullBackOff", "OOMKilled", "Unschedulable",
 *                  "ExitCode2"; Kubernetes' own reason where it has one
 * @param message   a full sentence for people, with Kubernetes' own message when it gave one
 * @param retryable for {@link Kind#FAILED}: whether another attempt could succeed; false otherwise
 * @param exitCode  the worker container's exit code when known, else {@code null}
 */
public record WorkerVerdict(Kind kind, String reason, String message, boolean retryable, Integer exitCode) {

    // Charter's own reasons; otherwise the reason is Kubernetes' (ImagePullBackOff, Evicted, ...).
    /** The Job does not exist (the caller found none). */
    public static final String REASON_NOT_FOUND = "NotFound";
    /** The Job is being deleted. */
    public static final String REASON_JOB_DELETED = "JobDeleted";
    /** The Job controller has not created the pod yet. */
    public static final String REASON_NO_POD = "NoPod";
    /** The Job is suspended (spec.suspend, e.g. by a queue manager). */
    public static final String REASON_SUSPENDED = "Suspended";
    /** The pod was created and the scheduler has not decided yet. */
    public static final String REASON_UNSCHEDULED = "Unscheduled";
    /** The pod has a node; no container status yet. */
    public static final String REASON_SCHEDULED = "Scheduled";
    /** The worker container runs. */
    public static final String REASON_RUNNING = "Running";
    /** The Job is Complete (or its success criteria are met). */
    public static final String REASON_COMPLETE = "Complete";
    /** The worker exited 0. */
    public static final String REASON_COMPLETED = "Completed";
    /** The Job failed and no pod is left to say why. */
    public static final String REASON_JOB_FAILED = "JobFailed";
    /** The pod failed without a worker exit code and without a reason. */
    public static final String REASON_POD_FAILED = "PodFailed";
    /** The pod was deleted (not by a Job deletion) before the worker ended on its own. */
    public static final String REASON_POD_DELETED = "PodDeleted";
    /** Prefix of an exit code's reason: "ExitCode137". */
    public static final String REASON_EXIT_CODE_PREFIX = "ExitCode";
    /** Reason of a Job that ran past its activeDeadlineSeconds. */
    public static final String REASON_DEADLINE = "DeadlineExceeded";
    /** Reason of a worker that exited 1: it sent FAIL itself. */
    public static final String REASON_WORKER_FAILED = "WorkerFailed";
    /** Reason of a worker that exited 2: it could not report, or was launched without its settings. */
    public static final String REASON_UNREPORTED = "ExitCode2";
    /** Reason of a worker that exited 3: the server fenced or cancelled it. */
    public static final String REASON_FENCED = "Fenced";

    /** What a launch's worker is doing, or how it ended. */
    public enum Kind {
        /** No pod yet, or the pod waits for a node (the scheduler's message says why). */
        PENDING,
        /** The pod has a node; the image is pulled, the container created. */
        STARTING,
        /** The worker container runs. */
        RUNNING,
        /** The worker exited 0, or the Job is Complete. */
        SUCCEEDED,
        /** The attempt failed; {@link #retryable()} says whether another could succeed. */
        FAILED,
        /** The cluster took the worker away (eviction, preemption, lost or drained node): not the job's fault. */
        PREEMPTED,
        /** The Job is deleted or being deleted: nothing left to say about the worker. */
        GONE
    }

    public WorkerVerdict {
        Objects.requireNonNull(kind, "kind");
        if (reason == null || reason.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a verdict needs a reason and a message, but got reason " + reason
                    + " and message " + message);
        }
        if (retryable && kind != Kind.FAILED) {
            throw new IllegalArgumentException("only a FAILED verdict can be retryable, but got a retryable " + kind);
        }
    }

    static WorkerVerdict pending(String reason, String message) {
        return new WorkerVerdict(Kind.PENDING, reason, message, false, null);
    }

    static WorkerVerdict starting(String reason, String message) {
        return new WorkerVerdict(Kind.STARTING, reason, message, false, null);
    }

    static WorkerVerdict running(String reason, String message) {
        return new WorkerVerdict(Kind.RUNNING, reason, message, false, null);
    }

    static WorkerVerdict succeeded(String reason, String message, Integer exitCode) {
        return new WorkerVerdict(Kind.SUCCEEDED, reason, message, false, exitCode);
    }

    static WorkerVerdict failed(String reason, String message, boolean retryable, Integer exitCode) {
        return new WorkerVerdict(Kind.FAILED, reason, message, retryable, exitCode);
    }

    static WorkerVerdict preempted(String reason, String message, Integer exitCode) {
        return new WorkerVerdict(Kind.PREEMPTED, reason, message, false, exitCode);
    }

    static WorkerVerdict gone(String reason, String message) {
        return new WorkerVerdict(Kind.GONE, reason, message, false, null);
    }

    /** PENDING, STARTING or RUNNING: the Job still holds (or waits for) capacity. */
    public boolean isLive() {
        return kind == Kind.PENDING || kind == Kind.STARTING || kind == Kind.RUNNING;
    }

    /** SUCCEEDED, FAILED, PREEMPTED or GONE: this launch will do nothing more. */
    public boolean isTerminal() {
        return !isLive();
    }
}
