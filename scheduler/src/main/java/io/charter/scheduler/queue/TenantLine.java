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
 * time with 10k queued jobs). Filling a heap costs O(1) per job on average. When the line's jobs
 * share one priority (the usual case), turn order is enqueue order and the head is also the oldest;
 * otherwise a second heap by enqueue time answers {@link #oldest()}, dropping taken jobs lazily.
 */
final class TenantLine {

    private final String tenant;
    private final PriorityQueue<QueuedJob> jobs;
    /** Null when every job has the same priority. */
    private final PriorityQueue<QueuedJob> byEnqueue;
    private final Set<QueuedJob> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    private final boolean uniformResources;

    TenantLine(String tenant, List<QueuedJob> jobs) {
        this.tenant = tenant;
        this.jobs = new PriorityQueue<>(Math.max(1, jobs.size()), QueuedJob.TURN);
        this.jobs.addAll(jobs);
        QueuedJob first = jobs.get(0);
        boolean onePriority = jobs.stream().allMatch(j -> j.priority() == first.priority());
        this.uniformResources = jobs.stream().allMatch(j -> j.resources().equals(first.resources()));
        if (onePriority) {
            this.byEnqueue = null;
        } else {
            this.byEnqueue = new PriorityQueue<>(jobs.size(), QueuedJob.BY_ENQUEUE);
            this.byEnqueue.addAll(jobs);
        }
    }

    /** Whether every job of the line asks for the same resources. */
    boolean uniformResources() {
        return uniformResources;
    }

    String tenant() {
        return tenant;
    }

    boolean isEmpty() {
        return jobs.isEmpty();
    }

    Instant oldest() {
        if (byEnqueue == null) {
            return jobs.peek().enqueuedAt();
        }
        while (taken.remove(byEnqueue.peek())) {
            byEnqueue.poll();
        }
        return byEnqueue.peek().enqueuedAt();
    }

    QueuedJob poll() {
        QueuedJob job = jobs.poll();
        if (byEnqueue != null) {
            taken.add(job);
        }
        return job;
    }
}
