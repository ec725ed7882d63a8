package io.charter.scheduler.queue;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * One tenant's eligible jobs in turn order, and the enqueue time of its oldest one still waiting.
 *
 * <p>Both orders are binary heaps, not sorted lists: a round usually takes a few jobs from lines of
 * thousands, so it pays O(log n) per job it takes rather than O(n log n) per line and round (the
 * scheduler benchmark, e2e-tests/bench/scheduler, found that sort to be two thirds of a round's
 * time with 10k queued jobs). Filling a heap costs O(1) per job on average. The enqueue-time heap
 * drops taken jobs lazily, when they reach its top.
 */
final class TenantLine {

    private final String tenant;
    private final PriorityQueue<QueuedJob> jobs;
    private final PriorityQueue<QueuedJob> byEnqueue;
    private final Set<QueuedJob> taken = Collections.newSetFromMap(new IdentityHashMap<>());

    TenantLine(String tenant, List<QueuedJob> jobs) {
        this.tenant = tenant;
        this.jobs = new PriorityQueue<>(Math.max(1, jobs.size()), QueuedJob.TURN);
        this.jobs.addAll(jobs);
        this.byEnqueue = new PriorityQueue<>(Math.max(1, jobs.size()), QueuedJob.BY_ENQUEUE);
        this.byEnqueue.addAll(jobs);
    }

    String tenant() {
        return tenant;
    }

    boolean isEmpty() {
        return jobs.isEmpty();
    }

    Instant oldest() {
        while (taken.remove(byEnqueue.peek())) {
            byEnqueue.poll();
        }
        return byEnqueue.peek().enqueuedAt();
    }

    QueuedJob poll() {
        QueuedJob job = jobs.poll();
        taken.add(job);
        return job;
    }
}
