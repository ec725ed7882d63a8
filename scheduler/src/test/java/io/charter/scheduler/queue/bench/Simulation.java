package io.charter.scheduler.queue.bench;

import io.charter.scheduler.MovableClock;
import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.job.Resources;
import io.charter.scheduler.queue.FairShareScheduler;
import io.charter.scheduler.queue.QueuedJob;
import io.charter.scheduler.queue.Quotas;
import io.charter.scheduler.queue.Selection;
import io.charter.scheduler.queue.bench.Workload.SimJob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * One discrete-event run of a scenario on a simulated clock. Events are arrivals and completions; at each
 * event instant (all events at that instant applied first) with a non-empty queue, one round calls
 * {@link FairShareScheduler#next} with the whole queue, the running counts per tenant, the quotas, the free
 * slots and the free capacity, and starts what it selects, as the server's dispatcher does. Only the
 * {@code next} calls are timed.
 */
final class Simulation {

    private record Completion(long atMs, SimJob job) {
    }

    private final Scenario scenario;
    private final List<SimJob> jobs;
    private final long seed;
    private final int tenants;
    private final Resources[] request;
    private final Quotas quotas;
    private final MovableClock clock = new MovableClock(Workload.START);
    private final FairShareScheduler scheduler;

    private final List<QueuedJob> queue = new ArrayList<>();
    private final Map<QueuedJob, SimJob> queued = new IdentityHashMap<>();
    private final Map<String, Integer> running = new HashMap<>();
    private final int[] runningOf;
    private final int[] queuedOf;
    private int runningTotal;
    private Resources used = Resources.NONE;
    private final PriorityQueue<Completion> completions =
            new PriorityQueue<>(Comparator.comparingLong(Completion::atMs));
    private double[] fair;

    private final long[] backlogMs;
    private final long[] runningMs;
    private final double[] fairMs;
    private long busySlotMs;
    private double cpuMs;
    private double gpuMs;
    private final long[][] waits;
    private final int[] waitCount;

    private long[] roundNanos = new long[1024];
    private long[] roundQueue = new long[1024];
    private int rounds;
    private int decisions;
    private int idleRounds;
    private int reservationRounds;
    private int neverFit;

    Simulation(Scenario scenario, List<SimJob> jobs, long seed) {
        this.scenario = scenario;
        this.jobs = jobs;
        this.seed = seed;
        this.tenants = scenario.tenants().size();
        this.request = scenario.tenants().stream().map(TenantSpec::request).toArray(Resources[]::new);
        this.quotas = scenario.quotas();
        this.scheduler = new FairShareScheduler(clock, scenario.aging());
        runningOf = new int[tenants];
        queuedOf = new int[tenants];
        fair = new double[tenants];
        backlogMs = new long[tenants];
        runningMs = new long[tenants];
        fairMs = new double[tenants];
        waits = scenario.tenants().stream().map(t -> new long[t.jobs()]).toArray(long[][]::new);
        waitCount = new int[tenants];
        scenario.tenants().forEach(t -> running.put(t.name(), 0));
    }

    /** Runs the workload until every trial has finished. */
    RunResult run() {
        long wall0 = System.nanoTime();
        long now = 0;
        int next = 0;
        while (next < jobs.size() || !completions.isEmpty()) {
            long arrival = next < jobs.size() ? jobs.get(next).arrivalMs() : Long.MAX_VALUE;
            long completion = completions.isEmpty() ? Long.MAX_VALUE : completions.peek().atMs();
            long t = Math.min(arrival, completion);
            account(t - now);
            now = t;
            clock.set(Workload.START.plusMillis(now));
            while (!completions.isEmpty() && completions.peek().atMs() == now) {
                finish(completions.poll().job());
            }
            while (next < jobs.size() && jobs.get(next).arrivalMs() == now) {
                enqueue(jobs.get(next++));
            }
            if (!queue.isEmpty()) {
                round(now);
            }
            fair = fairShares();
        }
        return result(now, (System.nanoTime() - wall0) / 1e9);
    }

    private void enqueue(SimJob job) {
        queue.add(job.job());
        queued.put(job.job(), job);
        queuedOf[job.tenant()]++;
    }

    private void finish(SimJob job) {
        runningOf[job.tenant()]--;
        running.merge(job.job().tenant(), -1, Integer::sum);
        runningTotal--;
        used = used.minus(job.job().resources());
    }

    private void round(long now) {
        int freeSlots = scenario.slots() - runningTotal;
        ExecutorCapacity capacity = scenario.limited()
                ? new ExecutorCapacity(scenario.capacity().minus(used), scenario.capacity())
                : ExecutorCapacity.unlimited();
        long t0 = System.nanoTime();
        Selection selection = scheduler.next(queue, running, quotas, freeSlots, capacity);
        long nanos = System.nanoTime() - t0;
        record(nanos, queue.size());
        reservationRounds += selection.reservations().isEmpty() ? 0 : 1;
        neverFit += selection.neverFit().size();
        if (selection.start().isEmpty()) {
            idleRounds++;
            return;
        }
        Set<QueuedJob> started = Collections.newSetFromMap(new IdentityHashMap<>());
        for (QueuedJob q : selection.start()) {
            start(queued.remove(q), now);
            started.add(q);
        }
        queue.removeIf(started::contains);
    }

    private void record(long nanos, int queueLength) {
        if (rounds == roundNanos.length) {
            roundNanos = Arrays.copyOf(roundNanos, rounds * 2);
            roundQueue = Arrays.copyOf(roundQueue, rounds * 2);
        }
        roundNanos[rounds] = nanos;
        roundQueue[rounds++] = queueLength;
    }

    private void start(SimJob job, long now) {
        int t = job.tenant();
        queuedOf[t]--;
        runningOf[t]++;
        running.merge(job.job().tenant(), 1, Integer::sum);
        runningTotal++;
        used = used.plus(job.job().resources());
        decisions++;
        waits[t][waitCount[t]++] = now - job.arrivalMs();
        completions.add(new Completion(now + job.durationMs(), job));
    }

    /** The max-min fair jobs per tenant for the state after this instant's round. */
    private double[] fairShares() {
        int[] demand = new int[tenants];
        for (int t = 0; t < tenants; t++) {
            demand[t] = Math.min(scenario.tenants().get(t).quota(), runningOf[t] + queuedOf[t]);
        }
        return FairTarget.fill(demand, request, scenario.slots(), scenario.capacity());
    }

    /** Integrates the state, constant since the last event, over {@code dt} simulated ms. */
    private void account(long dt) {
        if (dt <= 0) {
            return;
        }
        for (int t = 0; t < tenants; t++) {
            if (queuedOf[t] > 0) {
                backlogMs[t] += dt;
                runningMs[t] += runningOf[t] * dt;
                fairMs[t] += fair[t] * dt;
            }
        }
        busySlotMs += runningTotal * dt;
        cpuMs += (double) used.cpuMillis() * dt;
        gpuMs += (double) used.gpus() * dt;
    }

    private RunResult result(long makespanMs, double wallSeconds) {
        List<TenantResult> perTenant = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            perTenant.add(tenantResult(t));
        }
        List<TenantResult> backlogged = perTenant.stream().filter(r -> r.sharePct() != null && r.targetPct() > 0)
                .toList();
        double sum = backlogged.stream().mapToDouble(r -> r.sharePct() / r.targetPct()).sum();
        double sumSq = backlogged.stream().mapToDouble(r -> Math.pow(r.sharePct() / r.targetPct(), 2)).sum();
        Double jain = backlogged.isEmpty() ? null : sum * sum / (backlogged.size() * sumSq);
        Double maxPp = backlogged.stream().map(r -> Math.abs(r.deviationPp())).max(Double::compare).orElse(null);
        Double maxRel = backlogged.stream().map(r -> Math.abs(r.relDeviationPct())).max(Double::compare).orElse(null);
        double schedSeconds = Arrays.stream(roundNanos, 0, rounds).sum() / 1e9;
        double makespan = makespanMs / 1e3;
        Resources cap = scenario.capacity();
        return new RunResult(scenario.name(), seed, rounds, decisions, idleRounds, reservationRounds, neverFit,
                Arrays.stream(roundQueue, 0, rounds).max().orElse(0), schedSeconds, decisions / schedSeconds,
                rounds / schedSeconds, Stats.percentile(roundNanos, rounds, 0.5) / 1e3,
                Stats.percentile(roundNanos, rounds, 0.99) / 1e3, Stats.percentile(roundNanos, rounds, 1.0) / 1e3,
                wallSeconds, makespan, Bounds.idealMs(scenario, jobs) / 1e3,
                busySlotMs / (scenario.slots() * (double) makespanMs),
                scenario.limited() ? cpuMs / (cap.cpuMillis() * (double) makespanMs) : null,
                scenario.limited() ? gpuMs / (cap.gpus() * (double) makespanMs) : null,
                jain, maxPp, maxRel, perTenant, LatencyBucket.of(roundNanos, roundQueue, rounds));
    }

    private TenantResult tenantResult(int t) {
        TenantSpec spec = scenario.tenants().get(t);
        Double share = null;
        Double target = null;
        Double pp = null;
        Double rel = null;
        if (backlogMs[t] > 0) {
            double slotTime = (double) scenario.slots() * backlogMs[t];
            share = 100 * runningMs[t] / slotTime;
            target = 100 * fairMs[t] / slotTime;
            pp = share - target;
            rel = target > 0 ? 100 * (share / target - 1) : null;
        }
        long[] w = waits[t];
        return new TenantResult(spec.name(), spec.quota(), spec.jobs(), backlogMs[t] / 1e3, share, target, pp, rel,
                Stats.percentile(w, waitCount[t], 0.5) / 1e3, Stats.percentile(w, waitCount[t], 0.99) / 1e3,
                Stats.percentile(w, waitCount[t], 1.0) / 1e3);
    }
}
