package io.charter.scheduler.executor.kubernetes;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The Kubernetes API's own words that the classifier reads: pod phases, condition types and
 * statuses, and the reasons the Job controller, the scheduler and the kubelet write. Compared
 * without regard to case, since they are another program's strings.
 */
final class KubeTerms {

    static final String TRUE = "True";
    static final String FALSE = "False";

    // Pod phases
    static final String PHASE_PENDING = "Pending";
    static final String PHASE_RUNNING = "Running";
    static final String PHASE_SUCCEEDED = "Succeeded";
    static final String PHASE_FAILED = "Failed";
    static final String PHASE_UNKNOWN = "Unknown";

    // Job condition types
    static final String JOB_COMPLETE = "Complete";
    static final String JOB_SUCCESS_CRITERIA_MET = "SuccessCriteriaMet";
    static final String JOB_FAILED = "Failed";
    static final String JOB_FAILURE_TARGET = "FailureTarget";
    static final String JOB_SUSPENDED = "Suspended";

    // Job condition reasons
    static final String DEADLINE_EXCEEDED = "DeadlineExceeded";
    static final String POD_FAILURE_POLICY = "PodFailurePolicy";

    // Pod condition types
    static final String POD_SCHEDULED = "PodScheduled";
    static final String DISRUPTION_TARGET = "DisruptionTarget";

    // Pod condition reasons
    static final String UNSCHEDULABLE = "Unschedulable";
    static final String PREEMPTION_BY_SCHEDULER = "PreemptionByScheduler";
    static final String EVICTION_BY_EVICTION_API = "EvictionByEvictionAPI";
    static final String DELETION_BY_TAINT_MANAGER = "DeletionByTaintManager";
    static final String TERMINATION_BY_KUBELET = "TerminationByKubelet";
    static final String DELETION_BY_POD_GC = "DeletionByPodGC";

    // Pod status reasons (pod.status.reason)
    static final String EVICTED = "Evicted";
    static final String PREEMPTING = "Preempting";
    static final String NODE_LOST = "NodeLost";
    /** The kubelet's graceful node shutdown: "Pod was terminated in response to imminent node shutdown." */
    static final String NODE_SHUTDOWN_TERMINATED = "Terminated";
    static final String NODE_SHUTDOWN = "NodeShutdown";
    static final String SHUTDOWN = "Shutdown";

    // Container waiting reasons
    static final String CONTAINER_CREATING = "ContainerCreating";
    static final String POD_INITIALIZING = "PodInitializing";
    static final String ERR_IMAGE_PULL = "ErrImagePull";
    static final String IMAGE_PULL_BACK_OFF = "ImagePullBackOff";
    static final String INVALID_IMAGE_NAME = "InvalidImageName";
    static final String ERR_IMAGE_NEVER_PULL = "ErrImageNeverPull";
    static final String CREATE_CONTAINER_CONFIG_ERROR = "CreateContainerConfigError";
    static final String CREATE_CONTAINER_ERROR = "CreateContainerError";
    static final String RUN_CONTAINER_ERROR = "RunContainerError";
    static final String CRASH_LOOP_BACK_OFF = "CrashLoopBackOff";

    // Container terminated reasons
    static final String COMPLETED = "Completed";
    static final String OOM_KILLED = "OOMKilled";
    static final String CONTAINER_CANNOT_RUN = "ContainerCannotRun";
    static final String START_ERROR = "StartError";

    /** Pod status reasons that mean the node or the cluster took the pod away. */
    static final List<String> DISRUPTION_POD_REASONS =
            List.of(EVICTED, PREEMPTING, NODE_LOST, NODE_SHUTDOWN_TERMINATED, NODE_SHUTDOWN, SHUTDOWN);
    /** Waiting reasons of an image that cannot be had. */
    static final List<String> IMAGE_REASONS =
            List.of(ERR_IMAGE_PULL, IMAGE_PULL_BACK_OFF, INVALID_IMAGE_NAME, ERR_IMAGE_NEVER_PULL);
    /** Waiting and terminated reasons of a container runtime that cannot start the worker. */
    static final List<String> RUNTIME_REASONS =
            List.of(CREATE_CONTAINER_ERROR, RUN_CONTAINER_ERROR, CONTAINER_CANNOT_RUN, START_ERROR);

    private KubeTerms() {
    }

    /** Whether Kubernetes' {@code actual} is {@code expected}; {@code null} is nothing. */
    static boolean is(String actual, String expected) {
        return actual != null && actual.equalsIgnoreCase(expected);
    }

    /** Whether Kubernetes' {@code actual} is one of {@code expected}. */
    static boolean isAny(String actual, Collection<String> expected) {
        return expected.stream().anyMatch(e -> is(actual, e));
    }

    /** Whether Kubernetes gave no text. */
    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** {@code list} without nulls, unmodifiable; empty for {@code null}. */
    static <T> List<T> cleaned(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
