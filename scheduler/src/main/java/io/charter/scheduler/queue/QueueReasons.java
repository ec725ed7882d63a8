package io.charter.scheduler.queue;

import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.job.Resources;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a job that stays QUEUED after a {@link FairShareScheduler} round did not start: what a user
 * sees on the job instead of a bare "queued" (as {@code kubectl describe} shows a pending pod's
 * scheduler message, or Kueue a workload's admission condition). Its place in its tenant's line is
 * not computed here: it changes for everyone behind a job that starts, so the server counts it
 * when the job is read.
 */
public final class QueueReasons {

    private QueueReasons() {
    }

    /**
     * The reason of every job of {@code queue} that {@code selection} did not start, judged on the
     * state after the round (the started jobs counted as running): the first rule that held it
     * back, in words. Pure; the inputs are those of the round.
     *
     * @return job id → reason, in the order of {@code queue}
     */
    public static Map<String, String> explain(List<QueuedJob> queue, Map<String, Integer> running,
                                              Map<String, Resources> held, Quotas quotas, int freeSlots,
                                              ExecutorCapacity capacity, Selection selection, Instant now) {
        Set<String> started = selection.start().stream().map(QueuedJob::jobId).collect(Collectors.toSet());
        Map<String, Integer> load = new HashMap<>(running);
        Map<String, Resources> used = new HashMap<>(held);
        Resources free = capacity.free();
        for (QueuedJob s : selection.start()) {
            load.merge(s.tenant(), 1, Integer::sum);
            used.merge(s.tenant(), s.resources(), Resources::plus);
            free = free.minus(s.resources());
        }
        Reservation reservation = selection.reservations().isEmpty() ? null : selection.reservations().get(0);
        int slotsLeft = freeSlots - started.size();
        Set<String> neverFit = new HashSet<>();
        selection.neverFit().forEach(j -> neverFit.add(j.jobId()));
        Map<String, String> out = new LinkedHashMap<>();
        for (QueuedJob job : queue) {
            if (!started.contains(job.jobId())) {
                out.put(job.jobId(), reason(job, load, used, quotas, slotsLeft, free, capacity, reservation,
                        neverFit.contains(job.jobId()), now));
            }
        }
        return out;
    }

    private static String reason(QueuedJob job, Map<String, Integer> load, Map<String, Resources> used,
                                 Quotas quotas, int slotsLeft, Resources free, ExecutorCapacity capacity,
                                 Reservation reservation, boolean neverFits, Instant now) {
        String tenant = job.tenant();
        Resources quota = quotas.resourcesOf(tenant);
        if (neverFits) {
            return job.resources().fitsIn(capacity.total())
                    ? "asks for " + describe(job.resources()) + ", more than the tenant's quota of " + describe(quota)
                    : "asks for " + describe(job.resources()) + ", more than the executor can ever offer ("
                    + describe(capacity.total()) + ")";
        }
        if (!job.isEligible(now)) {
            return "retrying after a backoff, not before " + job.notBefore();
        }
        int jobs = load.getOrDefault(tenant, 0);
        if (jobs >= quotas.of(tenant)) {
            return "the tenant has " + jobs + " job(s) running, its quota is " + quotas.of(tenant);
        }
        if (!FairShareScheduler.withinQuota(job, used, quotas)) {
            return "the tenant's resource quota is used up: asks for " + describe(job.resources()) + ", "
                    + describe(used.getOrDefault(tenant, Resources.NONE)) + " of " + describe(quota) + " in use";
        }
        if (reservation != null && !reservation.job().jobId().equals(job.jobId())
                && !job.resources().fitsIn(free)) {
            return "capacity is held for job " + reservation.job().jobId() + ", which has waited longest";
        }
        if (!job.resources().fitsIn(free)) {
            return "waiting for capacity: asks for " + describe(job.resources()) + ", " + describe(free) + " free";
        }
        if (slotsLeft <= 0) {
            return "waiting for a free worker slot";
        }
        return "waiting for its turn: other jobs of the tenant are ahead of it";
    }

    /** "2 CPU, 4096 MiB, 1 GPU", with "unlimited" for the sentinel values. */
    static String describe(Resources r) {
        return cpu(r.cpuMillis()) + ", " + (r.memoryMb() == Long.MAX_VALUE ? "unlimited" : r.memoryMb() + " MiB")
                + " memory, " + (r.gpus() == Integer.MAX_VALUE ? "unlimited" : Integer.toString(r.gpus())) + " GPU";
    }

    private static String cpu(long millis) {
        if (millis == Long.MAX_VALUE) {
            return "unlimited CPU";
        }
        return (millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0)) + " CPU";
    }
}
