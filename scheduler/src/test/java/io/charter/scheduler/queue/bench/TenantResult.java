package io.charter.scheduler.queue.bench;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One tenant's outcome in one run (or the median over runs).
 *
 * @param tenant           tenant id
 * @param quota            its quota
 * @param jobs             trials it submitted
 * @param backlogSeconds   simulated time it had a trial queued
 * @param sharePct         its time-averaged running jobs while backlogged, in % of the slots; null if never
 *                         backlogged
 * @param targetPct        the same average of its max-min fair share ({@link FairTarget}), in % of the slots
 * @param deviationPp      share less target, in percentage points
 * @param relDeviationPct  share / target - 1, in %
 * @param waitP50Seconds   median queue wait of its trials (start less arrival)
 * @param waitP99Seconds   99th percentile wait
 * @param waitMaxSeconds   longest wait
 */
record TenantResult(String tenant, int quota, int jobs, double backlogSeconds, Double sharePct, Double targetPct,
                    Double deviationPp, Double relDeviationPct, double waitP50Seconds, double waitP99Seconds,
                    double waitMaxSeconds) {

    /** Per tenant, the median of each field over runs (all runs list the tenants in the same order). */
    static List<TenantResult> median(List<List<TenantResult>> runs) {
        return IntStream.range(0, runs.get(0).size()).mapToObj(i -> {
            List<TenantResult> r = runs.stream().map(l -> l.get(i)).toList();
            TenantResult first = r.get(0);
            return new TenantResult(first.tenant(), first.quota(), first.jobs(),
                    Stats.median(r, TenantResult::backlogSeconds), Stats.median(r, TenantResult::sharePct),
                    Stats.median(r, TenantResult::targetPct), Stats.median(r, TenantResult::deviationPp),
                    Stats.median(r, TenantResult::relDeviationPct), Stats.median(r, TenantResult::waitP50Seconds),
                    Stats.median(r, TenantResult::waitP99Seconds), Stats.median(r, TenantResult::waitMaxSeconds));
        }).toList();
    }
}
