package io.charter.scheduler.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the reconciler declares a worker lost.
 *
 * @param heartbeatTimeout longest silence of a RUNNING worker (and the grace a finished job's
 *                         worker gets to exit on its own); several heartbeat intervals, so that one
 *                         lost request is not a lost worker
 * @param startTimeout     longest time a SCHEDULED launch may take to report START: a local process
 *                         needs seconds, a Kubernetes pod may wait minutes for an image or a GPU node
 * @param listeningSince   since when the server has been able to receive worker messages without
 *                         interruption (this server process's start time is a safe choice). Silence
 *                         before it is the server's, not the worker's: a worker that heartbeated
 *                         into a server that was down is not lost for it
 */
public record Liveness(Duration heartbeatTimeout, Duration startTimeout, Instant listeningSince) {

    public Liveness {
        requirePositive(heartbeatTimeout, "heartbeatTimeout");
        requirePositive(startTimeout, "startTimeout");
        Objects.requireNonNull(listeningSince, "listeningSince");
    }

    /**
     * One timeout for starting and for heartbeats, with all silence counted against the worker.
     * Right for periodic passes of a server that has been up longer than the timeout; at server
     * start use {@link #afterStart} instead.
     */
    public static Liveness of(Duration heartbeatTimeout) {
        return new Liveness(heartbeatTimeout, heartbeatTimeout, Instant.MIN);
    }

    /** One timeout for starting and for heartbeats, not counting silence before {@code serverStart}. */
    public static Liveness afterStart(Duration heartbeatTimeout, Instant serverStart) {
        return new Liveness(heartbeatTimeout, heartbeatTimeout, serverStart);
    }

    /** How long a worker whose latest sign of life was at {@code lastSeen} has been silent at {@code now}. */
    Duration silence(Instant lastSeen, Instant now) {
        Instant from = lastSeen.isBefore(listeningSince) ? listeningSince : lastSeen;
        return from.isAfter(now) ? Duration.ZERO : Duration.between(from, now);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but got " + d);
        }
    }
}
