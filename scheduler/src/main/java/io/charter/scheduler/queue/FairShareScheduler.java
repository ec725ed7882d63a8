package io.charter.scheduler.queue;

import io.charter.scheduler.executor.ExecutorCapacity;
import io.charter.scheduler.job.Resources;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Decides which queued jobs start now, fairly between tenants. A pure function of its inputs and
 * the clock: the server calls it whenever a job is queued or a slot frees, and schedules the jobs
 * it names. Nothing is remembered between rounds, so every rule below is re-applied to the
 * current queue each time.
 *
 * <p><b>Eligible.</b> A job whose backoff ({@link QueuedJob#notBefore()}) is not over is not seen.
 *
 * <p><b>Fair share.</b> Each pick goes to the tenant with the fewest jobs holding a launch
 * ({@code running} plus the jobs picked so far in this round) among tenants below their quota and
 * with a job left; ties go to the tenant whose oldest queued job is oldest, then to the tenant
 * name. Within the tenant, the next job in its line is taken: higher priority first, then
 * earlier enqueue time. This is max-min fairness on job counts ("progressive filling", as in
 * Ghodsi et al., "Dominant Resource Fairness", NSDI 2011, with one job as the unit): a tenant with
 * one job waits at most until its running count is the lowest, however many jobs others queued.
 *
 * <p><b>Bounds.</b> At most {@code freeSlots} jobs start; no tenant exceeds its quota; the jobs
 * started fit together into the executor's free capacity.
 *
 * <p><b>Resource fit.</b> A job that does not fit into what is left is skipped for this round and
 * does not block: its tenant's next job, or the next tenant, is tried. (Within a round the free
 * capacity only shrinks, so a skipped job could not fit later in it.)
 *
 * <p><b>Aging.</b> Skipping alone would starve a large job while small ones keep arriving. So in
 * each round, before any pick, the job that has waited longest (since {@link QueuedJob#waitingSince()})
 * among those waiting for at least {@code agingThreshold}, whose tenant is below its quota and that
 * the executor could hold at all, gets a {@link Reservation}: its request, or as much of it as is
 * free, is withheld from every other job. It still starts only at its tenant's turn, using the
 * held capacity; until then freed capacity accumulates for it. One reservation at a time, as in
 * EASY backfilling (Lifka, "The ANL/IBM SP scheduling system", JSSPP 1995), which reserves for the
 * queue head only, and here without runtime estimates: smaller jobs backfill only what is not held.
 *
 * <p><b>Resource quotas.</b> A tenant's jobs holding a launch never ask for more together than its
 * resource quota ({@link Quotas#resourcesOf}): a job that would exceed it is skipped like one that
 * does not fit, and does not reserve capacity while its tenant has no headroom.
 *
 * <p><b>Never fits.</b> A job asking for more than the executor's total capacity, or than its
 * tenant's whole resource quota, is skipped and reported in {@link Selection#neverFit()}; it never
 * reserves, since it would hold capacity forever.
 *
 * <p><b>Deterministic.</b> The same inputs and clock give the same selection, whatever the order
 * of {@code queue}.
 */
public final class FairShareScheduler {

    private static final Comparator<QueuedJob> LONGEST_WAITING = Comparator.comparing(QueuedJob::waitingSince)
            .thenComparing(QueuedJob.TURN);

    private final Clock clock;
    private final Duration agingThreshold;

    /**
     * @param clock          the time source for eligibility and aging
     * @param agingThreshold how long a job waits, once eligible, before it may reserve capacity;
     *                       {@code ChronoUnit.FOREVER.getDuration()} turns reservations off
     */
    public FairShareScheduler(Clock clock, Duration agingThreshold) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.agingThreshold = Objects.requireNonNull(agingThreshold, "agingThreshold");
        if (agingThreshold.isNegative()) {
            throw new IllegalArgumentException("agingThreshold must be >= 0, but got " + agingThreshold);
        }
    }

    /** One round with unlimited resources: only slots and quotas bound what starts. */
    public Selection next(List<QueuedJob> queue, Map<String, Integer> running, Quotas quotas, int freeSlots) {
        return next(queue, running, quotas, freeSlots, ExecutorCapacity.unlimited());
    }

    /**
     * One round.
     *
     * @param queue     the QUEUED jobs, in any order
     * @param running   per tenant, its jobs holding a launch (SCHEDULED or RUNNING); absent means 0
     * @param quotas    per-tenant concurrency quotas
     * @param freeSlots how many more jobs may start (the server's bounded concurrency less the
     *                  launches it holds)
     * @param capacity  the executor's free and total resources
     */
    public Selection next(List<QueuedJob> queue, Map<String, Integer> running, Quotas quotas, int freeSlots,
                          ExecutorCapacity capacity) {
        return next(queue, running, Map.of(), quotas, freeSlots, capacity);
    }

    /**
     * One round with per-tenant resource quotas.
     *
     * @param held per tenant, what its jobs holding a launch asked for together; absent means nothing
     * @see #next(List, Map, Quotas, int, ExecutorCapacity)
     */
    public Selection next(List<QueuedJob> queue, Map<String, Integer> running, Map<String, Resources> held,
                          Quotas quotas, int freeSlots, ExecutorCapacity capacity) {
        requireValid(queue, running, quotas, freeSlots, capacity);
        Objects.requireNonNull(held, "held");
        Instant now = clock.instant();
        List<QueuedJob> eligible = queue.stream().filter(j -> j.isEligible(now)).toList();
        Map<String, Integer> load = new HashMap<>(running);
        Map<String, Resources> used = new HashMap<>(held);
        Reservation reservation = reserve(eligible, load, used, quotas, capacity, now);
        Resources free = reservation == null ? capacity.free() : capacity.free().minus(reservation.held());
        Map<String, TenantLine> lines = linesByTenant(eligible);
        List<QueuedJob> start = new ArrayList<>();
        List<QueuedJob> neverFit = new ArrayList<>();
        while (start.size() < freeSlots) {
            TenantLine line = nextTenant(lines.values(), load, quotas);
            if (line == null) {
                break;
            }
            QueuedJob job = line.poll();
            if (line.isEmpty()) {
                lines.remove(line.tenant());
            }
            boolean holder = reservation != null && reservation.job().equals(job);
            Resources available = holder ? free.plus(reservation.held()) : free;
            Resources asked = job.resources();
            if (!asked.fitsIn(capacity.total()) || !asked.fitsIn(quotas.resourcesOf(job.tenant()))) {
                neverFit.add(job);
            } else if (job.resources().fitsIn(available) && withinQuota(job, used, quotas)) {
                start.add(job);
                free = available.minus(job.resources());
                load.merge(job.tenant(), 1, Integer::sum);
                used.merge(job.tenant(), job.resources(), Resources::plus);
                reservation = holder ? null : reservation;
            } else if (line.uniformResources() && !holdsReservation(line, reservation)) {
                // skipped, and so would the rest of its line be: they ask for the same, and free
                // capacity and quota headroom only shrink within a round
                lines.remove(line.tenant());
            }
            // else skipped for this round: free capacity and quota headroom only shrink in it
        }
        return new Selection(start, reservation == null ? List.of() : List.of(reservation), neverFit);
    }

    /** The longest-waiting aged job that could start if capacity allowed, holding what it needs. */
    private Reservation reserve(List<QueuedJob> eligible, Map<String, Integer> load, Map<String, Resources> used,
                                Quotas quotas, ExecutorCapacity capacity, Instant now) {
        Instant agedBy = agedBy(now);
        return eligible.stream()
                .filter(j -> !j.waitingSince().isAfter(agedBy))
                .filter(j -> load.getOrDefault(j.tenant(), 0) < quotas.of(j.tenant()))
                .filter(j -> withinQuota(j, used, quotas))
                .filter(j -> j.resources().fitsIn(capacity.total()))
                .min(LONGEST_WAITING)
                .map(j -> new Reservation(j, j.resources().min(capacity.free())))
                .orElse(null);
    }

    /** Jobs waiting since this instant or earlier have aged; {@link Instant#MIN} when nothing can age. */
    private Instant agedBy(Instant now) {
        try {
            return now.minus(agingThreshold);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return Instant.MIN; // a threshold beyond the time line: reservations are off
        }
    }

    private static boolean holdsReservation(TenantLine line, Reservation reservation) {
        return reservation != null && reservation.job().tenant().equals(line.tenant());
    }

    /** Whether the job fits into what its tenant's resource quota has left. */
    static boolean withinQuota(QueuedJob job, Map<String, Resources> used, Quotas quotas) {
        return used.getOrDefault(job.tenant(), Resources.NONE).plus(job.resources())
                .fitsIn(quotas.resourcesOf(job.tenant()));
    }

    private static Map<String, TenantLine> linesByTenant(List<QueuedJob> eligible) {
        Map<String, List<QueuedJob>> byTenant = eligible.stream()
                .collect(Collectors.groupingBy(QueuedJob::tenant, TreeMap::new, Collectors.toList()));
        Map<String, TenantLine> lines = new TreeMap<>();
        byTenant.forEach((tenant, jobs) -> lines.put(tenant, new TenantLine(tenant, jobs)));
        return lines;
    }

    /** Fewest launches, then oldest queued job, then name; among tenants below quota. */
    private static TenantLine nextTenant(Collection<TenantLine> lines, Map<String, Integer> load, Quotas quotas) {
        TenantLine best = null;
        int bestLoad = 0;
        for (TenantLine line : lines) {
            int l = load.getOrDefault(line.tenant(), 0);
            if (l >= quotas.of(line.tenant())) {
                continue;
            }
            if (best == null || l < bestLoad
                    || l == bestLoad && (line.oldest().isBefore(best.oldest())
                    || line.oldest().equals(best.oldest()) && line.tenant().compareTo(best.tenant()) < 0)) {
                best = line;
                bestLoad = l;
            }
        }
        return best;
    }

    private static void requireValid(List<QueuedJob> queue, Map<String, Integer> running, Quotas quotas,
                                     int freeSlots, ExecutorCapacity capacity) {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(quotas, "quotas");
        Objects.requireNonNull(capacity, "capacity");
        if (freeSlots < 0) {
            throw new IllegalArgumentException("freeSlots must be >= 0, but got " + freeSlots);
        }
        running.forEach((tenant, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("running jobs of " + tenant + " must be >= 0, but got " + n);
            }
        });
        Set<String> ids = new HashSet<>();
        for (QueuedJob job : queue) {
            if (!ids.add(job.jobId())) {
                throw new IllegalArgumentException("each job must be queued once, but " + job.jobId()
                        + " appears twice");
            }
        }
    }
}
