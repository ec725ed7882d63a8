package io.charter.scheduler.executor.kubernetes;

/**
 * The status of the pod's {@code worker} container: which of the three container states
 * (Waiting, Running, Terminated) it is in, with the kubelet's reason and message. A container is
 * in one state; the fields of the others are {@code null} (or {@code false}).
 *
 * @param waitingReason     e.g. ContainerCreating, PodInitializing, ErrImagePull, ImagePullBackOff,
 *                          InvalidImageName, CreateContainerConfigError, CreateContainerError,
 *                          RunContainerError, CrashLoopBackOff
 * @param waitingMessage    the kubelet's message, e.g. "Back-off pulling image \"charter/worker:9.9\""
 * @param running           whether the container is in the Running state
 * @param terminatedReason  e.g. Completed, Error, OOMKilled, ContainerCannotRun, DeadlineExceeded, StartError
 * @param exitCode          the exit code when terminated
 * @param terminatedMessage the termination message (the worker's termination log, or the runtime's error)
 */
public record KubeContainerView(String waitingReason, String waitingMessage, boolean running,
                                String terminatedReason, Integer exitCode, String terminatedMessage) {

    /** A container in the Waiting state with {@code reason} and {@code message}. */
    public static KubeContainerView ofWaiting(String reason, String message) {
        return new KubeContainerView(reason, message, false, null, null, null);
    }

    /** A container in the Running state. */
    public static KubeContainerView ofRunning() {
        return new KubeContainerView(null, null, true, null, null, null);
    }

    /** A container in the Terminated state. */
    public static KubeContainerView ofTerminated(String reason, Integer exitCode, String message) {
        return new KubeContainerView(null, null, false, reason, exitCode, message);
    }

    /** Whether the container is in the Terminated state (a reason or an exit code is known). */
    public boolean isTerminated() {
        return terminatedReason != null || exitCode != null;
    }

    /** Whether the container is in the Waiting state and not also reported terminated or running. */
    public boolean isWaiting() {
        return waitingReason != null && !isTerminated() && !running;
    }
}
