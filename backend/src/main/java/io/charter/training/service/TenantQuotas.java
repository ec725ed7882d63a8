package io.charter.training.service;

import io.charter.scheduler.job.Resources;
import io.charter.scheduler.queue.Quotas;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The per-tenant quotas of {@code charter.training.tenant-concurrency} and
 * {@code charter.training.quota.*} as the fair-share scheduler's {@link Quotas}: jobs at once, and
 * CPU, memory and GPUs together; a tenant without its own entry gets the defaults.
 */
final class TenantQuotas {

    private TenantQuotas() {
    }

    static Quotas of(WorkerSettings settings) {
        WorkerSettings.Quota quota = settings.quota();
        Resources defaults = resources(quota.cpu(), quota.memoryMb(), quota.gpus(), Resources.UNLIMITED);
        Map<String, Integer> jobs = new HashMap<>();
        Map<String, Resources> resources = new HashMap<>();
        quota.tenant().forEach((tenant, q) -> {
            q.jobs().ifPresent(n -> jobs.put(tenant, n));
            resources.put(tenant, resources(q.cpu(), q.memoryMb(), q.gpus(), defaults));
        });
        return new Quotas(jobs, settings.tenantConcurrency()).withResources(resources, defaults);
    }

    private static Resources resources(Optional<Double> cpu, Optional<Long> memoryMb, Optional<Integer> gpus,
                                       Resources fallback) {
        return new Resources(cpu.map(c -> Math.round(c * 1000)).orElse(fallback.cpuMillis()),
                memoryMb.orElse(fallback.memoryMb()), gpus.orElse(fallback.gpus()));
    }
}
