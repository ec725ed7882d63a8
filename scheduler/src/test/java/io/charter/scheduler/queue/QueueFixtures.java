package io.charter.scheduler.queue;

import io.charter.scheduler.job.Resources;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Jobs, clocks and schedulers for the queue tests. */
final class QueueFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** Aging off: a job that does not fit is always skipped. */
    static final Duration NEVER = ChronoUnit.FOREVER.getDuration();
    static final Resources SMALL = new Resources(1000, 1024, 0);

    private QueueFixtures() {
    }

    static FairShareScheduler scheduler() {
        return new FairShareScheduler(CLOCK, NEVER);
    }

    /** A job of priority 0 enqueued {@code minutesAgo} before NOW, eligible, asking for SMALL. */
    static QueuedJob job(String id, String tenant, int minutesAgo) {
        return job(id, tenant, minutesAgo, SMALL);
    }

    static QueuedJob job(String id, String tenant, int minutesAgo, Resources resources) {
        return new QueuedJob(id, tenant, 0, NOW.minus(Duration.ofMinutes(minutesAgo)), null, resources);
    }

    static Resources gpus(int n) {
        return new Resources(1000, 1024, n);
    }
}
