package io.charter.scheduler.queue.bench;

import io.charter.scheduler.queue.QueuedJob;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The trials of one scenario and seed: ids, arrival times and durations, all drawn from the seed. */
final class Workload {

    /** Simulated t = 0. */
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    /** Trial durations are lognormal: median 60 s simulated, sigma 1 (mean ~99 s, p99 ~10 min). */
    static final double MEDIAN_MS = 60_000;
    static final double SIGMA = 1.0;

    /**
     * One trial.
     *
     * @param job        what the scheduler sees (enqueued at its arrival)
     * @param tenant     index of its tenant in the scenario
     * @param arrivalMs  when it is queued, in simulated ms since {@link #START}
     * @param durationMs how long it runs once started
     */
    record SimJob(QueuedJob job, int tenant, long arrivalMs, long durationMs) {
    }

    private Workload() {
    }

    /**
     * The trials in arrival order. Those queued at t = 0 come shuffled: the server reads its queue with
     * no ORDER BY, so the scheduler must not be handed a presorted list.
     */
    static List<SimJob> generate(Scenario scenario, long seed) {
        Random rnd = new Random(seed);
        long spreadMs = scenario.arrivalSpread().toMillis();
        List<SimJob> jobs = new ArrayList<>(scenario.totalJobs());
        for (int t = 0; t < scenario.tenants().size(); t++) {
            TenantSpec tenant = scenario.tenants().get(t);
            for (int i = 0; i < tenant.jobs(); i++) {
                long arrival = spreadMs == 0 ? 0 : (long) (rnd.nextDouble() * spreadMs);
                long duration = Math.max(1, Math.round(MEDIAN_MS * Math.exp(SIGMA * rnd.nextGaussian())));
                String id = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
                QueuedJob job = new QueuedJob(id, tenant.name(), 0, START.plusMillis(arrival), null, tenant.request());
                jobs.add(new SimJob(job, t, arrival, duration));
            }
        }
        Collections.shuffle(jobs, rnd);
        jobs.sort(Comparator.comparingLong(SimJob::arrivalMs)); // stable: equal arrivals stay shuffled
        return jobs;
    }
}
