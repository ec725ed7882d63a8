package io.charter.scheduler.queue;

import java.util.Map;
import java.util.Objects;

/**
 * Per-tenant concurrency quotas: how many of a tenant's jobs may hold a launch (SCHEDULED or
 * RUNNING) at once.
 *
 * @param maxRunning        quotas of tenants that have their own
 * @param defaultMaxRunning quota of every other tenant
 */
public record Quotas(Map<String, Integer> maxRunning, int defaultMaxRunning) {

    public Quotas {
        maxRunning = Map.copyOf(Objects.requireNonNull(maxRunning, "maxRunning"));
        if (defaultMaxRunning < 0) {
            throw new IllegalArgumentException("defaultMaxRunning must be >= 0, but got " + defaultMaxRunning);
        }
        maxRunning.forEach((tenant, max) -> {
            if (max < 0) {
                throw new IllegalArgumentException("the quota of " + tenant + " must be >= 0, but got " + max);
            }
        });
    }

    /** The same quota for every tenant. */
    public static Quotas uniform(int maxRunning) {
        return new Quotas(Map.of(), maxRunning);
    }

    /** No quota: only slots and resources bound what starts. */
    public static Quotas unlimited() {
        return uniform(Integer.MAX_VALUE);
    }

    /** The quota of {@code tenant}. */
    public int of(String tenant) {
        return maxRunning.getOrDefault(tenant, defaultMaxRunning);
    }
}
