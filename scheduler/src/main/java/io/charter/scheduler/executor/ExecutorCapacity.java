package io.charter.scheduler.executor;

import io.charter.scheduler.job.Resources;

import java.util.Objects;

/**
 * What an executor can still take, and the most it could ever take.
 *
 * <p>A sum over a pool: for the local process executor, the machine's budget less what the running
 * workers asked for; for Kubernetes, the free allocatable resources (or the tenant namespace's
 * remaining quota). The fair-share scheduler treats it as one bin, so on a cluster a job that
 * "fits" here may still wait in Kubernetes for a node with room; {@code total} should then be what
 * the largest node can hold, so that a job asking for more is reported as never fitting.
 *
 * @param free  available now
 * @param total available when nothing runs; {@code free} never exceeds it
 */
public record ExecutorCapacity(Resources free, Resources total) {

    public ExecutorCapacity {
        Objects.requireNonNull(free, "free");
        Objects.requireNonNull(total, "total");
        if (!free.fitsIn(total)) {
            throw new IllegalArgumentException("free capacity must not exceed the total (" + total + "), but got "
                    + free);
        }
    }

    /** No resource limit: only slots and quotas bound what starts. */
    public static ExecutorCapacity unlimited() {
        return new ExecutorCapacity(Resources.UNLIMITED, Resources.UNLIMITED);
    }
}
