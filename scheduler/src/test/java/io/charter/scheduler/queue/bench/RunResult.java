package io.charter.scheduler.queue.bench;

import java.util.List;
import java.util.function.Function;

/**
 * One simulation run of a scenario (or, with {@code seed} -1, the median of each field over the timed runs).
 * Counts are doubles so that a median of an even number of runs can be kept as it is.
 *
 * @param scenario           scenario name
 * @param seed               the workload's seed
 * @param rounds             calls of {@code next} (one per event instant with a non-empty queue)
 * @param decisions          jobs started
 * @param idleRounds         rounds that started nothing
 * @param reservationRounds  rounds whose selection held capacity for an aged job
 * @param neverFitReports    jobs reported as never fitting, summed over rounds (0 in these scenarios)
 * @param maxQueue           the longest queue handed to {@code next}
 * @param schedulerSeconds   wall time inside {@code next}, summed
 * @param decisionsPerSecond decisions / schedulerSeconds
 * @param roundsPerSecond    rounds / schedulerSeconds
 * @param p50Micros          median round latency
 * @param p99Micros          99th percentile round latency
 * @param maxMicros          slowest round
 * @param wallSeconds        wall time of the whole simulation (event loop, accounting and rounds)
 * @param makespanSeconds    simulated time until the last trial finished
 * @param idealSeconds       a lower bound on it: the largest of total work / slots, each tenant's work / its
 *                           concurrency bound, each resource's work / its total, and the latest arrival + duration
 * @param slotUtilisation    busy slot-time / (slots * makespan)
 * @param cpuUtilisation     used CPU-time / (CPUs * makespan); null without a resource limit
 * @param gpuUtilisation     the same for GPUs
 * @param jain               Jain's index of share / target over the tenants that were backlogged
 * @param maxDeviationPp     the largest |share - target| in percentage points of the slots
 * @param maxRelDeviationPct the largest |share / target - 1| in %
 * @param tenants            per tenant
 * @param byQueueLength      round latency by the length of the queue handed to {@code next}
 */
record RunResult(String scenario, long seed, double rounds, double decisions, double idleRounds,
                 double reservationRounds, double neverFitReports, double maxQueue, double schedulerSeconds,
                 double decisionsPerSecond, double roundsPerSecond, double p50Micros, double p99Micros,
                 double maxMicros, double wallSeconds, double makespanSeconds, double idealSeconds,
                 double slotUtilisation, Double cpuUtilisation, Double gpuUtilisation, Double jain,
                 Double maxDeviationPp, Double maxRelDeviationPct, List<TenantResult> tenants,
                 List<LatencyBucket> byQueueLength) {

    /** The median of each field over {@code runs} (per tenant and per bucket, too). */
    static RunResult median(List<RunResult> runs) {
        return new RunResult(runs.get(0).scenario(), -1, m(runs, RunResult::rounds), m(runs, RunResult::decisions),
                m(runs, RunResult::idleRounds), m(runs, RunResult::reservationRounds),
                m(runs, RunResult::neverFitReports), m(runs, RunResult::maxQueue),
                m(runs, RunResult::schedulerSeconds), m(runs, RunResult::decisionsPerSecond),
                m(runs, RunResult::roundsPerSecond), m(runs, RunResult::p50Micros), m(runs, RunResult::p99Micros),
                m(runs, RunResult::maxMicros), m(runs, RunResult::wallSeconds), m(runs, RunResult::makespanSeconds),
                m(runs, RunResult::idealSeconds), m(runs, RunResult::slotUtilisation),
                Stats.median(runs, RunResult::cpuUtilisation), Stats.median(runs, RunResult::gpuUtilisation),
                Stats.median(runs, RunResult::jain), Stats.median(runs, RunResult::maxDeviationPp),
                Stats.median(runs, RunResult::maxRelDeviationPct),
                TenantResult.median(runs.stream().map(RunResult::tenants).toList()),
                LatencyBucket.median(runs.stream().map(RunResult::byQueueLength).toList()));
    }

    private static double m(List<RunResult> runs, Function<RunResult, Double> field) {
        return Stats.median(runs, field);
    }
}
