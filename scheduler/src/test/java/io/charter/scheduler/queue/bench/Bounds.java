package io.charter.scheduler.queue.bench;

import io.charter.scheduler.job.Resources;
import io.charter.scheduler.queue.bench.Workload.SimJob;

import java.util.List;

/** A lower bound on the simulated time to drain a workload: no schedule can finish sooner. */
final class Bounds {

    private Bounds() {
    }

    /**
     * The largest of: total work / slots; each tenant's work / the most of its jobs that can run at once
     * (quota, slots, and how many of its requests the executor holds); each resource's work / its total;
     * the latest arrival plus its duration.
     */
    static double idealMs(Scenario scenario, List<SimJob> jobs) {
        int n = scenario.tenants().size();
        double[] work = new double[n];
        double total = 0;
        double cpu = 0;
        double memory = 0;
        double gpu = 0;
        double bound = 0;
        for (SimJob j : jobs) {
            double d = j.durationMs();
            Resources r = j.job().resources();
            work[j.tenant()] += d;
            total += d;
            cpu += d * r.cpuMillis();
            memory += d * r.memoryMb();
            gpu += d * r.gpus();
            bound = Math.max(bound, j.arrivalMs() + d);
        }
        bound = Math.max(bound, total / scenario.slots());
        for (int t = 0; t < n; t++) {
            bound = Math.max(bound, work[t] / concurrency(scenario, scenario.tenants().get(t)));
        }
        if (scenario.limited()) {
            Resources cap = scenario.capacity();
            bound = Math.max(bound, Math.max(cpu / cap.cpuMillis(), memory / cap.memoryMb()));
            bound = Math.max(bound, cap.gpus() == 0 ? 0 : gpu / cap.gpus());
        }
        return bound;
    }

    private static long concurrency(Scenario scenario, TenantSpec tenant) {
        long c = Math.min(tenant.quota(), scenario.slots());
        if (scenario.limited()) {
            Resources cap = scenario.capacity();
            Resources r = tenant.request();
            c = Math.min(c, fits(cap.cpuMillis(), r.cpuMillis()));
            c = Math.min(c, fits(cap.memoryMb(), r.memoryMb()));
            c = Math.min(c, fits(cap.gpus(), r.gpus()));
        }
        return Math.max(1, c);
    }

    private static long fits(long capacity, long request) {
        return request == 0 ? Long.MAX_VALUE : capacity / request;
    }
}
