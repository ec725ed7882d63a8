package io.charter.scheduler.queue;

import io.charter.scheduler.job.Resources;
import java.util.Map;
import java.util.Objects;

/**
 * Per-tenant quotas: how many of a tenant's jobs may hold a launch (SCHEDULED or RUNNING) at once,
 * and how much CPU, memory and how many GPUs those launches may ask for together (a GPU quota is
 * the usual reason a tenant's job waits on a shared cluster, as with a Kubernetes
 * {@code ResourceQuota} on {@code requests.nvidia.com/gpu}).
 *
 * @param maxRunning          job quotas of tenants that have their own
 * @param defaultMaxRunning   job quota of every other tenant
 * @param maxResources        resource quotas of tenants that have their own
 * @param defaultMaxResources resource quota of every other tenant ({@link Resources#UNLIMITED}: none)
 */
public record Quotas(Map<String, Integer> maxRunning, int defaultMaxRunning, Map<String, Resources> maxResources,
                     Resources defaultMaxResources) {

    public Quotas {
        maxRunning = Map.copyOf(Objects.requireNonNull(maxRunning, "maxRunning"));
        maxResources = Map.copyOf(Objects.requireNonNull(maxResources, "maxResources"));
        Objects.requireNonNull(defaultMaxResources, "defaultMaxResources");
        if (defaultMaxRunning < 0) {
            throw new IllegalArgumentException("defaultMaxRunning must be >= 0, but got " + defaultMaxRunning);
        }
        maxRunning.forEach((tenant, max) -> {
            if (max < 0) {
                throw new IllegalArgumentException("the quota of " + tenant + " must be >= 0, but got " + max);
            }
        });
    }

    /** Job quotas only: {@code maxRunning} per tenant, {@code defaultMaxRunning} for the rest. */
    public Quotas(Map<String, Integer> maxRunning, int defaultMaxRunning) {
        this(maxRunning, defaultMaxRunning, Map.of(), Resources.UNLIMITED);
    }

    /** The same job quota for every tenant. */
    public static Quotas uniform(int maxRunning) {
        return new Quotas(Map.of(), maxRunning);
    }

    /** These quotas with {@code defaultMax} as every tenant's resource quota, {@code perTenant} overriding it. */
    public Quotas withResources(Map<String, Resources> perTenant, Resources defaultMax) {
        return new Quotas(maxRunning, defaultMaxRunning, perTenant, defaultMax);
    }

    /** No quota: only slots and resources bound what starts. */
    public static Quotas unlimited() {
        return uniform(Integer.MAX_VALUE);
    }

    /** The job quota of {@code tenant}. */
    public int of(String tenant) {
        return maxRunning.getOrDefault(tenant, defaultMaxRunning);
    }

    /** The resource quota of {@code tenant}. */
    public Resources resourcesOf(String tenant) {
        return maxResources.getOrDefault(tenant, defaultMaxResources);
    }
}
