package io.charter.scheduler.queue;

import java.util.List;
import java.util.Objects;

/**
 * The answer of one {@link FairShareScheduler} round.
 *
 * @param start        the jobs to schedule now, in the order they were picked; the server applies
 *                     SCHEDULE to each and submits its launch
 * @param reservations capacity held back for an aged job that did not start (at most one), so the
 *                     server can say why free capacity stays idle
 * @param neverFit     jobs that ask for more than the executor's total capacity: they cannot run
 *                     here until it grows; the server should tell their owners (or cancel them)
 */
public record Selection(List<QueuedJob> start, List<Reservation> reservations, List<QueuedJob> neverFit) {

    public Selection {
        start = List.copyOf(Objects.requireNonNull(start, "start"));
        reservations = List.copyOf(Objects.requireNonNull(reservations, "reservations"));
        neverFit = List.copyOf(Objects.requireNonNull(neverFit, "neverFit"));
    }
}
