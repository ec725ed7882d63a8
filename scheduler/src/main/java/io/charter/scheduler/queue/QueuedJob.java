package io.charter.scheduler.queue;

import io.charter.scheduler.job.Resources;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A QUEUED job as the fair-share scheduler sees it.
 *
 * @param jobId      the job
 * @param tenant     its tenant
 * @param priority   larger runs first within the tenant (default 0); never across tenants
 * @param enqueuedAt when it entered the queue; orders jobs of equal priority (the server may keep a
 *                   retried job's first enqueue time so it stays at the front of its tenant's line)
 * @param notBefore  the {@code RetryPolicy}'s earliest retry, or {@code null}: not eligible before
 * @param resources  what it asks for
 */
public record QueuedJob(String jobId, String tenant, int priority, Instant enqueuedAt, Instant notBefore,
                        Resources resources) {

    /** A tenant's line: higher priority first, then first come first served, then job id. */
    static final Comparator<QueuedJob> TURN = Comparator.comparingInt(QueuedJob::priority).reversed()
            .thenComparing(QueuedJob::enqueuedAt)
            .thenComparing(QueuedJob::jobId);

    /** Oldest enqueue time first (ties by job id, so the order is total). */
    static final Comparator<QueuedJob> BY_ENQUEUE = Comparator.comparing(QueuedJob::enqueuedAt)
            .thenComparing(QueuedJob::jobId);

    public QueuedJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        Objects.requireNonNull(resources, "resources");
    }

    /** Whether its backoff is over at {@code now}. */
    public boolean isEligible(Instant now) {
        return notBefore == null || !notBefore.isAfter(now);
    }

    /** Since when it has been waiting while eligible: the later of enqueue time and backoff end. */
    public Instant waitingSince() {
        return notBefore != null && notBefore.isAfter(enqueuedAt) ? notBefore : enqueuedAt;
    }
}
