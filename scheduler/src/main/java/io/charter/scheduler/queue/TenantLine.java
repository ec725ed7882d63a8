package io.charter.scheduler.queue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/** One tenant's eligible jobs in turn order, and the enqueue time of its oldest one still waiting. */
final class TenantLine {

    private final String tenant;
    private final Deque<QueuedJob> jobs;
    /** Multiset of the enqueue times still in line, for {@link #oldest()}. */
    private final TreeMap<Instant, Integer> enqueued = new TreeMap<>();

    TenantLine(String tenant, List<QueuedJob> jobs) {
        this.tenant = tenant;
        this.jobs = new ArrayDeque<>(jobs.stream().sorted(QueuedJob.TURN).toList());
        jobs.forEach(j -> enqueued.merge(j.enqueuedAt(), 1, Integer::sum));
    }

    String tenant() {
        return tenant;
    }

    boolean isEmpty() {
        return jobs.isEmpty();
    }

    Instant oldest() {
        return enqueued.firstKey();
    }

    QueuedJob poll() {
        QueuedJob job = jobs.poll();
        enqueued.computeIfPresent(job.enqueuedAt(), (t, n) -> n == 1 ? null : n - 1);
        return job;
    }
}
