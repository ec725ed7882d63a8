package io.charter.scheduler.queue;

import io.charter.scheduler.job.Resources;

import java.util.Objects;

/**
 * Capacity withheld in a round for an aged job that could not start, so that smaller jobs cannot
 * keep taking what it is waiting for (see {@link FairShareScheduler}).
 *
 * @param job  the aged job
 * @param held what was withheld for it: its request, or as much of it as was free
 */
public record Reservation(QueuedJob job, Resources held) {

    public Reservation {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(held, "held");
    }
}
