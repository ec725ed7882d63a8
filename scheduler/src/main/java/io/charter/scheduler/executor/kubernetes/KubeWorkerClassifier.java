package io.charter.scheduler.executor.kubernetes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static io.charter.scheduler.executor.kubernetes.KubeTerms.is;
import static io.charter.scheduler.executor.kubernetes.KubeTerms.isAny;
import static io.charter.scheduler.executor.kubernetes.KubeTerms.isBlank;
import static io.charter.scheduler.executor.kubernetes.WorkerVerdict.failed;
import static io.charter.scheduler.executor.kubernetes.WorkerVerdict.gone;
import static io.charter.scheduler.executor.kubernetes.WorkerVerdict.pending;
import static io.charter.scheduler.executor.kubernetes.WorkerVerdict.preempted;
import static io.charter.scheduler.executor.kubernetes.WorkerVerdict.running;
import static io.charter.scheduler.executor.kubernetes.WorkerVerdict.starting;
import static io.charter.scheduler.executor.kubernetes.WorkerVerdict.succeeded;

/**
 * Judges a launch's worker from its Kubernetes Job: one Job per launch, backoffLimit 0,
 * restartPolicy Never, one container named {@code worker}, activeDeadlineSeconds = the attempt's
 * time budget. Pure and total: odd or incomplete input gets a sensible verdict with Kubernetes'
 * raw reason in the message, never an exception.
 *
 * <p>Why it exists: Kubernetes says "the pod failed" for very different things, and the server
 * must tell them apart. An evicted or preempted pod is not the job's fault and must not use up an
 * attempt; an image that cannot be pulled or a missing Secret will not heal by waiting, so the job
 * fails fast; an OOM kill may pass on the next attempt, resuming from a checkpoint; an
 * unschedulable pod is not a failure at all, but the user wants to see the scheduler's reason.
 *
 * <p>The rules, first match wins. Terms are the Kubernetes documentation's: Job conditions
 * (Complete, SuccessCriteriaMet, Failed, FailureTarget, Suspended), the Pod phase (Pending,
 * Running, Succeeded, Failed, Unknown), {@code status.reason} of the pod, pod conditions
 * (PodScheduled, DisruptionTarget) and the container states (Waiting, Running, Terminated) of the
 * {@code worker} container.
 *
 * <pre>
 *  #  what Kubernetes shows                                           verdict     retryable  reason
 *  1  no Job (null)                                                   GONE                   NotFound
 *  2  Job Complete=True or SuccessCriteriaMet=True                    SUCCEEDED              Complete
 *  3  Job Failed/FailureTarget=True, reason DeadlineExceeded          FAILED      no         DeadlineExceeded
 *  4  Job deleting, no pods                                           GONE                   JobDeleted
 *  5  no pods, Job Failed/FailureTarget reason PodFailurePolicy
 *       whose message names DisruptionTarget                          PREEMPTED              DisruptionTarget
 *  6  no pods, Job Failed/FailureTarget=True (other reason)           FAILED      yes        the Job's reason
 *  7  no pods, Job Suspended=True                                     PENDING                Suspended
 *  8  no pods, Job not finished                                       PENDING                NoPod
 *     otherwise judge the newest pod that is not being deleted (the newest pod if all are):
 *  9  pod reason Evicted, Preempting, NodeLost, or node shutdown
 *       (Terminated, NodeShutdown, Shutdown)                          PREEMPTED              the pod's reason
 * 10  pod condition DisruptionTarget=True (PreemptionByScheduler,
 *       EvictionByEvictionAPI, DeletionByTaintManager,
 *       TerminationByKubelet, DeletionByPodGC)                        PREEMPTED              the condition's reason
 * 11  Pod phase Unknown (node lost or cut off)                        PREEMPTED              NodeLost
 *       (9-11 hold whatever the container shows, e.g. exit 137 or 143 after the kill)
 * 12  pod reason or worker Terminated reason DeadlineExceeded         FAILED      no         DeadlineExceeded
 * 13  pod deleting and the worker did not end on its own (no exit code
 *       yet, or killed by a signal, exit &gt; 128 but not OOMKilled):
 *       Job deleting                                                  GONE                   JobDeleted
 *       Job Suspended=True (e.g. a queue manager preempted it)        PREEMPTED              Suspended
 *       Job Failed/FailureTarget=True                                 as rules 5 and 6
 *       else (a drain without DisruptionTarget, an operator)          PREEMPTED              PodDeleted
 * 14  worker Terminated, reason OOMKilled                             FAILED      yes        OOMKilled
 * 15  worker Terminated, reason ContainerCannotRun or StartError      FAILED      no         the container's reason
 * 16  worker Terminated, exit 0                                       SUCCEEDED              Completed
 * 17  worker Terminated, exit 1 (the worker sent FAIL itself)         FAILED      yes        WorkerFailed
 * 18  worker Terminated, exit 2 (could not report / no settings)      FAILED      yes        ExitCode2
 * 19  worker Terminated, exit 3 (fenced or cancelled by the server)   FAILED      no         Fenced
 * 20  worker Terminated, any other exit (137 SIGKILL, 143 SIGTERM …)  FAILED      yes        ExitCode&lt;n&gt;
 * 21  Pod phase Failed, no worker exit code (e.g.
 *       UnexpectedAdmissionError, OutOfnvidia.com/gpu)                FAILED      yes        the pod's reason
 * 22  Pod phase Succeeded, no worker exit code                        SUCCEEDED              Completed
 * 23  worker Waiting ErrImagePull, ImagePullBackOff,
 *       InvalidImageName, ErrImageNeverPull                           FAILED      no         the waiting reason
 * 24  worker Waiting CreateContainerConfigError (missing Secret or
 *       ConfigMap)                                                    FAILED      no         CreateContainerConfigError
 * 25  worker Waiting CreateContainerError, RunContainerError          FAILED      no         the waiting reason
 * 26  worker Waiting CrashLoopBackOff (not expected with
 *       restartPolicy Never)                                          FAILED      yes        CrashLoopBackOff
 * 27  worker Waiting, any other reason (ContainerCreating,
 *       PodInitializing …)                                            STARTING               the waiting reason
 * 28  worker Running, or Pod phase Running                            RUNNING                Running
 * 29  PodScheduled=False (Unschedulable, SchedulingGated)             PENDING                the condition's reason
 * 30  PodScheduled=True, no container status yet                      STARTING               Scheduled
 * 31  anything else (Pending without PodScheduled, no phase …)        PENDING                Unscheduled
 * </pre>
 *
 * <p><b>Several pods.</b> With backoffLimit 0 a Job has one pod, but during an eviction or a
 * replacement (a pod failure policy that ignores disruptions) there can be more. The newest pod
 * that is not being deleted is judged (rules 9-31). If that gives a FAILED verdict a disruption
 * can explain (retryable, and not the worker's own exit 1 or 2), no pod is live (Pending or
 * Running and not deleting), and some pod shows a disruption (rules 9-11), the verdict is that
 * pod's PREEMPTED instead: the eviction, not the worker, ended the attempt.
 *
 * <p>Messages are sentences for the job page and the audit trail; they end with Kubernetes' own
 * message when it gave one, or name its reason when it did not.
 */
public final class KubeWorkerClassifier {

    /** Reasons for container states that Kubernetes gave without one. */
    private static final String TERMINATED = "Terminated";
    private static final String WAITING = "Waiting";

    private static final int SIGNAL_BASE = 128;
    private static final int MAX_SIGNAL = 64;

    /** What each DisruptionTarget reason means, by lower-case reason. */
    private static final Map<String, String> DISRUPTION_TEXT = Map.of(
            lower(KubeTerms.PREEMPTION_BY_SCHEDULER),
            "the pod was preempted by the scheduler to make room for a higher-priority pod",
            lower(KubeTerms.EVICTION_BY_EVICTION_API),
            "the pod was evicted through the Eviction API (a node drain or the descheduler)",
            lower(KubeTerms.DELETION_BY_TAINT_MANAGER),
            "the pod was deleted because its node became unavailable (a NoExecute taint)",
            lower(KubeTerms.TERMINATION_BY_KUBELET),
            "the pod was stopped by the kubelet (node-pressure eviction or node shutdown)",
            lower(KubeTerms.DELETION_BY_POD_GC),
            "the pod was deleted by the pod garbage collector because its node is gone");

    /** What each disruptive pod status reason means, by lower-case reason. */
    private static final Map<String, String> POD_REASON_TEXT = Map.of(
            lower(KubeTerms.EVICTED), "the pod was evicted by the node",
            lower(KubeTerms.PREEMPTING), "the pod was preempted by the node to admit a critical pod",
            lower(KubeTerms.NODE_LOST), "the pod's node was lost",
            lower(KubeTerms.NODE_SHUTDOWN_TERMINATED), "the pod was stopped because its node is shutting down",
            lower(KubeTerms.NODE_SHUTDOWN), "the pod was stopped because its node is shutting down",
            lower(KubeTerms.SHUTDOWN), "the pod was stopped because its node is shutting down");

    /** Signal names for the exit codes 128 + n a killed container reports. */
    private static final Map<Integer, String> SIGNALS = Map.of(2, "SIGINT", 6, "SIGABRT", 9, "SIGKILL",
            11, "SIGSEGV", 15, "SIGTERM");

    private KubeWorkerClassifier() {
    }

    /**
     * The verdict on {@code job}'s worker; see the class comment for the rules.
     *
     * @param job what the executor read, or {@code null} if it found no Job
     */
    public static WorkerVerdict classify(KubeJobView job) {
        if (job == null) {
            return gone(WorkerVerdict.REASON_NOT_FOUND, "the Job no longer exists");
        }
        Optional<WorkerVerdict> finished = finishedJob(job);
        if (finished.isPresent()) {
            return finished.get();
        }
        return job.pods().isEmpty() ? withoutPods(job) : fromPods(job);
    }

    // ---- the Job (rules 2-8) ----

    /** Rules 2 and 3: a Job condition that settles it, whatever the pods show. */
    private static Optional<WorkerVerdict> finishedJob(KubeJobView job) {
        Optional<KubeCondition> complete = job.trueCondition(KubeTerms.JOB_COMPLETE)
                .or(() -> job.trueCondition(KubeTerms.JOB_SUCCESS_CRITERIA_MET));
        Integer exit = newestExitCode(job);
        if (complete.isPresent()) {
            return Optional.of(succeeded(WorkerVerdict.REASON_COMPLETE,
                    explain("the Job completed", null, complete.get().message()), exit));
        }
        return jobFailure(job).filter(c -> is(c.reason(), KubeTerms.DEADLINE_EXCEEDED))
                .map(c -> deadline(job, c.message(), exit));
    }

    /** Rules 4-8: no pod to ask. */
    private static WorkerVerdict withoutPods(KubeJobView job) {
        if (job.deleting()) {
            return gone(WorkerVerdict.REASON_JOB_DELETED, "the Job is being deleted and has no pods left");
        }
        Optional<KubeCondition> failure = jobFailure(job);
        if (failure.isPresent()) {
            return failedJob(failure.get(), "its pods are gone, so the worker's own outcome is unknown");
        }
        Optional<KubeCondition> suspended = job.trueCondition(KubeTerms.JOB_SUSPENDED);
        if (suspended.isPresent()) {
            return pending(WorkerVerdict.REASON_SUSPENDED, explain("the Job is suspended, so it creates no pod until "
                    + "it is resumed (e.g. admitted by a queue manager)", null, suspended.get().message()));
        }
        return pending(WorkerVerdict.REASON_NO_POD, "waiting for the Job controller to create the pod");
    }

    /** Rules 5 and 6, and the Job-failed case of rule 13. */
    private static WorkerVerdict failedJob(KubeCondition failure, String context) {
        if (is(failure.reason(), KubeTerms.POD_FAILURE_POLICY) && mentions(failure.message(),
                KubeTerms.DISRUPTION_TARGET)) {
            return preempted(KubeTerms.DISRUPTION_TARGET, explain("the Job failed because its pod was disrupted "
                    + "(DisruptionTarget), not because of the worker", null, failure.message()), null);
        }
        String reason = orElse(failure.reason(), WorkerVerdict.REASON_JOB_FAILED);
        return failed(reason, explain("the Job failed (" + reason + ") and " + context, null, failure.message()),
                true, null);
    }

    /** The Job's Failed condition, or its FailureTarget (set first, while the pods terminate). */
    private static Optional<KubeCondition> jobFailure(KubeJobView job) {
        return job.trueCondition(KubeTerms.JOB_FAILED).or(() -> job.trueCondition(KubeTerms.JOB_FAILURE_TARGET));
    }

    private static WorkerVerdict deadline(KubeJobView job, String message, Integer exit) {
        String budget = job.activeDeadlineSeconds() == null ? "" : " of " + job.activeDeadlineSeconds() + " s";
        return failed(WorkerVerdict.REASON_DEADLINE, explain("the attempt ran past its time budget" + budget
                + " (activeDeadlineSeconds)", null, message), false, exit);
    }

    // ---- the pods (rules 9-31) ----

    private static WorkerVerdict fromPods(KubeJobView job) {
        List<KubePodView> newestFirst = newestFirst(job.pods());
        KubePodView subject = newestFirst.stream().filter(p -> !p.deleting()).findFirst()
                .orElse(newestFirst.get(0));
        WorkerVerdict verdict = judge(subject, job);
        if (!disruptionCouldExplain(verdict) || job.pods().stream().anyMatch(KubePodView::isLive)) {
            return verdict;
        }
        return newestFirst.stream().map(KubeWorkerClassifier::disruption).flatMap(Optional::stream).findFirst()
                .orElse(verdict);
    }

    /** A FAILED verdict that is not the worker's own word (exit 1 or 2) nor a final one. */
    private static boolean disruptionCouldExplain(WorkerVerdict v) {
        return v.kind() == WorkerVerdict.Kind.FAILED && v.retryable() && !Integer.valueOf(1).equals(v.exitCode())
                && !Integer.valueOf(2).equals(v.exitCode());
    }

    /** By creation time, newest first; pods without one count as oldest, later in the list as newer. */
    private static List<KubePodView> newestFirst(List<KubePodView> pods) {
        Comparator<Integer> byAge = Comparator.comparing((Integer i) -> createdOrMin(pods.get(i)))
                .thenComparing(Comparator.naturalOrder());
        return IntStream.range(0, pods.size()).boxed().sorted(byAge.reversed()).map(pods::get).toList();
    }

    private static Instant createdOrMin(KubePodView pod) {
        return pod.created() == null ? Instant.MIN : pod.created();
    }

    private static Integer newestExitCode(KubeJobView job) {
        return job.pods().isEmpty() ? null : exitCode(newestFirst(job.pods()).get(0).worker());
    }

    /** Rules 9-31 for one pod. */
    private static WorkerVerdict judge(KubePodView pod, KubeJobView job) {
        Optional<WorkerVerdict> disrupted = disruption(pod);
        if (disrupted.isPresent()) {
            return disrupted.get();
        }
        KubeContainerView worker = pod.worker();
        if (is(pod.reason(), KubeTerms.DEADLINE_EXCEEDED)) {
            return deadline(job, pod.message(), exitCode(worker));
        }
        if (worker != null && is(worker.terminatedReason(), KubeTerms.DEADLINE_EXCEEDED)) {
            return deadline(job, worker.terminatedMessage(), worker.exitCode());
        }
        if (pod.deleting() && !endedOnItsOwn(worker)) {
            return deletedPod(job, worker);
        }
        if (worker != null && worker.isTerminated()) {
            return fromExit(worker);
        }
        return withoutExit(pod, worker);
    }

    /** Rules 21-31: the worker has not ended (or the pod ended without telling how it did). */
    private static WorkerVerdict withoutExit(KubePodView pod, KubeContainerView worker) {
        if (pod.inPhase(KubeTerms.PHASE_FAILED)) {
            String reason = orElse(pod.reason(), WorkerVerdict.REASON_POD_FAILED);
            return failed(reason, explain("the pod failed before the worker could end on its own (" + reason + ")",
                    null, pod.message()), true, null);
        }
        if (pod.inPhase(KubeTerms.PHASE_SUCCEEDED)) {
            return succeeded(WorkerVerdict.REASON_COMPLETED, "the pod succeeded", null);
        }
        if (worker != null && worker.isWaiting()) {
            return fromWaiting(worker);
        }
        if ((worker != null && worker.running()) || pod.inPhase(KubeTerms.PHASE_RUNNING)) {
            return running(WorkerVerdict.REASON_RUNNING, "the worker container is running");
        }
        return beforeContainer(pod);
    }

    /** Rules 9-11: the node or the cluster took the pod away. */
    private static Optional<WorkerVerdict> disruption(KubePodView pod) {
        Integer exit = exitCode(pod.worker());
        Optional<KubeCondition> target = pod.trueCondition(KubeTerms.DISRUPTION_TARGET);
        String targetMessage = target.map(KubeCondition::message).orElse(null);
        String podReasonText = POD_REASON_TEXT.get(lower(pod.reason()));
        if (podReasonText != null) {
            String message = isBlank(pod.message()) ? targetMessage : pod.message();
            return Optional.of(preempted(pod.reason(), explain(podReasonText, pod.reason(), message), exit));
        }
        if (target.isPresent()) {
            String reason = orElse(target.get().reason(), KubeTerms.DISRUPTION_TARGET);
            String text = DISRUPTION_TEXT.getOrDefault(lower(reason), "the pod was disrupted (" + reason + ")");
            return Optional.of(preempted(reason, explain(text, reason, targetMessage), exit));
        }
        if (pod.inPhase(KubeTerms.PHASE_UNKNOWN)) {
            return Optional.of(preempted(KubeTerms.NODE_LOST, explain("the pod's node stopped reporting (Pod phase "
                    + "Unknown): the node is lost or cut off", null, pod.message()), exit));
        }
        return Optional.empty();
    }

    /**
     * Whether the worker ended by itself: an exit code up to 128 or an OOM kill. A worker still
     * going, or killed by a signal (exit 128 + n), was stopped by the pod's deletion.
     */
    private static boolean endedOnItsOwn(KubeContainerView worker) {
        if (worker == null || !worker.isTerminated()) {
            return false;
        }
        if (is(worker.terminatedReason(), KubeTerms.OOM_KILLED)) {
            return true;
        }
        return worker.exitCode() == null ? is(worker.terminatedReason(), KubeTerms.COMPLETED)
                : worker.exitCode() <= SIGNAL_BASE;
    }

    /** Rule 13: the pod is being deleted while (or because) the worker was stopped. */
    private static WorkerVerdict deletedPod(KubeJobView job, KubeContainerView worker) {
        if (job.deleting()) {
            return gone(WorkerVerdict.REASON_JOB_DELETED, "the Job is being deleted, so its pod is stopping");
        }
        Integer exit = exitCode(worker);
        Optional<KubeCondition> suspended = job.trueCondition(KubeTerms.JOB_SUSPENDED);
        if (suspended.isPresent()) {
            return preempted(WorkerVerdict.REASON_SUSPENDED, explain("the Job was suspended (e.g. preempted by a "
                    + "queue manager), so its pod is being deleted", null, suspended.get().message()), exit);
        }
        Optional<KubeCondition> failure = jobFailure(job);
        if (failure.isPresent()) {
            return failedJob(failure.get(), "its pod is being deleted");
        }
        return preempted(WorkerVerdict.REASON_POD_DELETED, "the pod was deleted before the worker ended (a node "
                + "drain, the descheduler or an operator), not because the worker failed", exit);
    }

    /** Rules 14-20: the worker container terminated. */
    private static WorkerVerdict fromExit(KubeContainerView worker) {
        String reason = orElse(worker.terminatedReason(), TERMINATED);
        String message = worker.terminatedMessage();
        Integer code = worker.exitCode();
        if (is(reason, KubeTerms.OOM_KILLED)) {
            return failed(KubeTerms.OOM_KILLED, explain("the worker was killed for using more memory than its limit",
                    KubeTerms.OOM_KILLED, message), true, code);
        }
        if (isAny(reason, KubeTerms.RUNTIME_REASONS)) {
            return failed(reason, explain("the container runtime cannot start the worker", reason, message), false,
                    code);
        }
        if (code == null) {
            return is(reason, KubeTerms.COMPLETED)
                    ? succeeded(WorkerVerdict.REASON_COMPLETED, "the worker container completed", null)
                    : failed(reason, explain("the worker container ended (" + reason + ") without an exit code",
                            null, message), true, null);
        }
        return fromExitCode(code, message);
    }

    private static WorkerVerdict fromExitCode(int code, String message) {
        return switch (code) {
            case 0 -> succeeded(WorkerVerdict.REASON_COMPLETED, "the worker finished, reported its success and "
                    + "exited 0", 0);
            case 1 -> failed(WorkerVerdict.REASON_WORKER_FAILED, explain("the worker reported its failure itself "
                    + "and exited 1 (the server already has its FAIL)", null, message), true, 1);
            case 2 -> failed(WorkerVerdict.REASON_UNREPORTED, explain("the worker exited 2: it could not reach the "
                    + "server or storage to report, or was launched without its settings", null, message), true, 2);
            case 3 -> failed(WorkerVerdict.REASON_FENCED, explain("the worker was stopped by the server (fenced or "
                    + "cancelled) and exited 3", null, message), false, 3);
            default -> failed(WorkerVerdict.REASON_EXIT_CODE_PREFIX + code, explain(exitText(code), null, message),
                    true, code);
        };
    }

    private static String exitText(int code) {
        int signal = code - SIGNAL_BASE;
        if (signal < 1 || signal > MAX_SIGNAL) {
            return "the worker exited with code " + code;
        }
        String name = SIGNALS.get(signal);
        return "the worker was killed by signal " + signal + (name == null ? "" : " (" + name + ")") + ", exit code "
                + code;
    }

    /** Rules 23-27: the worker container waits. */
    private static WorkerVerdict fromWaiting(KubeContainerView worker) {
        String reason = orElse(worker.waitingReason(), WAITING);
        String message = worker.waitingMessage();
        if (isAny(reason, KubeTerms.IMAGE_REASONS)) {
            return failed(reason, explain("the worker image cannot be pulled", reason, message), false, null);
        }
        if (is(reason, KubeTerms.CREATE_CONTAINER_CONFIG_ERROR)) {
            return failed(reason, explain("the worker container's configuration refers to something missing "
                    + "(a Secret or ConfigMap)", reason, message), false, null);
        }
        if (isAny(reason, KubeTerms.RUNTIME_REASONS)) {
            return failed(reason, explain("the container runtime cannot start the worker", reason, message), false,
                    null);
        }
        if (is(reason, KubeTerms.CRASH_LOOP_BACK_OFF)) {
            return failed(reason, explain("the worker container keeps crashing and being restarted", reason,
                    message), true, null);
        }
        String text = is(reason, KubeTerms.CONTAINER_CREATING) || is(reason, KubeTerms.POD_INITIALIZING)
                ? "the pod is on a node and the worker container is being created"
                : "the worker container is waiting to start";
        return starting(reason, explain(text, reason, message));
    }

    /** Rules 29-31: no container status yet. */
    private static WorkerVerdict beforeContainer(KubePodView pod) {
        Optional<KubeCondition> scheduled = pod.condition(KubeTerms.POD_SCHEDULED);
        if (scheduled.filter(KubeCondition::isFalse).isPresent()) {
            KubeCondition c = scheduled.get();
            String reason = orElse(c.reason(), KubeTerms.UNSCHEDULABLE);
            return pending(reason, explain("the pod waits for a node (" + reason + ")", null, c.message()));
        }
        if (scheduled.filter(KubeCondition::isTrue).isPresent()) {
            return starting(WorkerVerdict.REASON_SCHEDULED, "the pod is scheduled on a node and its containers are "
                    + "being created");
        }
        if (isBlank(pod.phase()) || pod.inPhase(KubeTerms.PHASE_PENDING)) {
            return pending(WorkerVerdict.REASON_UNSCHEDULED, "the pod waits for the Kubernetes scheduler");
        }
        return pending(WorkerVerdict.REASON_UNSCHEDULED, explain("the pod is in an unrecognised phase \""
                + pod.phase() + "\"", null, pod.message()));
    }

    // ---- small helpers ----

    private static Integer exitCode(KubeContainerView worker) {
        return worker == null ? null : worker.exitCode();
    }

    /**
     * {@code text}, then ": " and Kubernetes' message when there is one, else " (reason)" when a
     * reason is given: "the worker image cannot be pulled: Back-off pulling image …".
     */
    private static String explain(String text, String reason, String message) {
        if (!isBlank(message)) {
            return text + ": " + message.strip();
        }
        return isBlank(reason) ? text : text + " (" + reason + ")";
    }

    private static String orElse(String reason, String fallback) {
        return isBlank(reason) ? fallback : reason;
    }

    private static boolean mentions(String message, String word) {
        return message != null && message.toLowerCase(Locale.ROOT).contains(lower(word));
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
