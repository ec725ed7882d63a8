package io.charter.scheduler.executor;

import java.util.Objects;

/**
 * What an executor knows about one handle.
 *
 * @param phase    RUNNING, EXITED or UNKNOWN
 * @param exitCode the worker's exit code when EXITED (0 = success by the worker contract), else
 *                 {@code null}
 */
public record ExecutorStatus(Phase phase, Integer exitCode) {

    /** Where a launched worker is. */
    public enum Phase {
        /** The process or pod exists and has not exited (for Kubernetes: also while pending). */
        RUNNING,
        /** It exited with {@link #exitCode()}. */
        EXITED,
        /** The executor has no record of it (never existed, cleaned up, or lost with a node). */
        UNKNOWN
    }

    public ExecutorStatus {
        Objects.requireNonNull(phase, "phase");
        if ((phase == Phase.EXITED) != (exitCode != null)) {
            throw new IllegalArgumentException("an exit code goes with EXITED and only with it, but got " + phase
                    + " with exit code " + exitCode);
        }
    }

    public static ExecutorStatus running() {
        return new ExecutorStatus(Phase.RUNNING, null);
    }

    public static ExecutorStatus exited(int exitCode) {
        return new ExecutorStatus(Phase.EXITED, exitCode);
    }

    public static ExecutorStatus unknown() {
        return new ExecutorStatus(Phase.UNKNOWN, null);
    }

    /** Whether the worker is still there. */
    public boolean isLive() {
        return phase == Phase.RUNNING;
    }
}
