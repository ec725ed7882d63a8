package io.charter.scheduler.queue.bench;

import io.charter.scheduler.job.Resources;
import io.charter.scheduler.queue.Quotas;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulated cluster and the trials its tenants submit.
 *
 * @param name          short id, used on the command line and in the tables
 * @param description   one line for results.md
 * @param slots         the server's bounded concurrency: jobs that may hold a launch at once
 * @param capacity      the executor's total resources ({@link Resources#UNLIMITED}: only slots and quotas bind)
 * @param aging         the scheduler's aging threshold ({@link #NO_AGING}: reservations off)
 * @param arrivalSpread {@link Duration#ZERO}: every trial is queued at t = 0; otherwise each tenant's
 *                      trials arrive at uniformly random times in [0, spread) (a Poisson process
 *                      conditioned on the count)
 * @param tenants       the tenants
 */
record Scenario(String name, String description, int slots, Resources capacity, Duration aging,
                Duration arrivalSpread, List<TenantSpec> tenants) {

    /** The server's threshold ({@code JobDispatcher}). */
    static final Duration SERVER_AGING = Duration.ofMinutes(30);
    static final Duration NO_AGING = ChronoUnit.FOREVER.getDuration();

    private static final int SLOTS = 100;
    private static final Resources CPU_JOB = new Resources(1000, 2048, 0);
    private static final Resources GPU_CLUSTER = new Resources(64_000, 256 * 1024, 8);

    Scenario {
        tenants = List.copyOf(tenants);
    }

    /** The scenarios of a full run, each with about {@code totalJobs} trials split as in the 10,000-trial design. */
    static List<Scenario> all(int totalJobs) {
        double f = totalJobs / 10_000.0;
        return List.of(quotaSplit(f), oversubscribed(f), arrivals(f), resources(f, SERVER_AGING),
                resources(f, NO_AGING));
    }

    /** Arrival windows shrink with the trial count, so that the offered load stays the same. */
    private static Duration spread(Duration full, double f) {
        return Duration.ofMillis(Math.round(full.toMillis() * f));
    }

    /** Quotas 10/15/20/25/30 over 100 slots: they add up to the cluster. */
    static Scenario quotaSplit(double f) {
        return new Scenario("quota-split", "quotas 10/15/20/25/30 of 100 slots (sum = cluster), 2,000 trials each "
                + "queued at t=0, no resource limit", SLOTS, Resources.UNLIMITED, SERVER_AGING, Duration.ZERO,
                List.of(cpu("alpha", 10, 2000, f), cpu("beta", 15, 2000, f), cpu("gamma", 20, 2000, f),
                        cpu("delta", 25, 2000, f), cpu("epsilon", 30, 2000, f)));
    }

    /** Quota 40 each over 100 slots (sum 200): max-min fairness decides. */
    static Scenario oversubscribed(double f) {
        return new Scenario("oversubscribed", "quota 40 each over 100 slots (sum = 2x cluster), 2,000 trials each "
                + "queued at t=0, no resource limit", SLOTS, Resources.UNLIMITED, SERVER_AGING, Duration.ZERO,
                List.of(cpu("alpha", 40, 2000, f), cpu("beta", 40, 2000, f), cpu("gamma", 40, 2000, f),
                        cpu("delta", 40, 2000, f), cpu("epsilon", 40, 2000, f)));
    }

    /** Uneven demand arriving over 2.2 h at about 1.25x what the cluster drains. */
    static Scenario arrivals(double f) {
        return new Scenario("arrivals", "quota 40 each over 100 slots, uneven 3,500/2,500/2,000/1,200/800 trials "
                + "arriving over 2.2 h (offered load ~1.25x the cluster), no resource limit", SLOTS,
                Resources.UNLIMITED, SERVER_AGING, spread(Duration.ofMinutes(132), f),
                List.of(cpu("alpha", 40, 3500, f), cpu("beta", 40, 2500, f), cpu("gamma", 40, 2000, f),
                        cpu("delta", 40, 1200, f), cpu("epsilon", 40, 800, f)));
    }

    /**
     * 64 cores, 256 GiB and 8 GPUs: two CPU tenants and two 1-GPU tenants that keep the executor busy for
     * hours, and one tenant with a few 4-GPU trials arriving now and then, over 3 h. With aging off, a 4-GPU
     * trial that arrives while no trial of its tenant runs waits until four GPUs are free in one round,
     * which the 1-GPU trials taking each freed GPU prevent; with aging on, a reservation gathers them.
     */
    static Scenario resources(double f, Duration aging) {
        boolean on = !aging.equals(NO_AGING);
        String description = "quota 40 each over 100 slots, executor 64 cores / 256 GiB / 8 GPUs; trials of "
                + "1 core, 2 cores, 1 GPU, 1 GPU, 4 GPUs; 3,000/3,000/1,950/1,950/100 arriving over 3 h; aging "
                + (on ? "30 min (server default)" : "off");
        return new Scenario(on ? "resources" : "resources-no-aging", description, SLOTS, GPU_CLUSTER, aging,
                spread(Duration.ofHours(3), f),
                List.of(new TenantSpec("alpha", 40, scaled(3000, f), new Resources(1000, 2048, 0)),
                        new TenantSpec("beta", 40, scaled(3000, f), new Resources(2000, 4096, 0)),
                        new TenantSpec("gamma", 40, scaled(1950, f), new Resources(4000, 16_384, 1)),
                        new TenantSpec("delta", 40, scaled(1950, f), new Resources(4000, 16_384, 1)),
                        new TenantSpec("epsilon", 40, scaled(100, f), new Resources(8000, 65_536, 4))));
    }

    private static TenantSpec cpu(String name, int quota, int jobs, double f) {
        return new TenantSpec(name, quota, scaled(jobs, f), CPU_JOB);
    }

    private static int scaled(int jobs, double f) {
        return Math.max(1, (int) Math.round(jobs * f));
    }

    boolean limited() {
        return !capacity.equals(Resources.UNLIMITED);
    }

    int totalJobs() {
        return tenants.stream().mapToInt(TenantSpec::jobs).sum();
    }

    Quotas quotas() {
        Map<String, Integer> q = new LinkedHashMap<>();
        tenants.forEach(t -> q.put(t.name(), t.quota()));
        return new Quotas(q, 0);
    }
}
