package io.charter.scheduler.queue.bench;

import io.charter.scheduler.job.Resources;

/**
 * The max-min fair number of running jobs per tenant that the scheduler aims at ("max-min fairness on job
 * counts"), as a fluid allocation: progressive filling (Ghodsi et al., "Dominant Resource Fairness", NSDI
 * 2011) with the job count as the filled quantity. All tenants' counts rise together; a tenant stops when
 * it reaches its demand or when a resource it asks for (slots, CPU, memory, GPUs) runs out.
 *
 * <p>Fluid, not whole jobs: when 81 slots are left for 4 equal tenants each target is 20.25, which a
 * non-preemptive scheduler can only meet on average over time (one of them holds 21 at a time). That is
 * what the time-averaged share is compared with.
 *
 * <p>A tenant's demand is {@code min(quota, running + queued)}: a tenant with nothing queued asks for
 * what it runs. With quotas that add up to the slots, every backlogged tenant's target is its quota.
 */
final class FairTarget {

    private static final double EPS = 1e-9;

    private FairTarget() {
    }

    /**
     * @param demand   per tenant, the most jobs it could use now
     * @param request  per tenant, what one of its jobs asks for
     * @param slots    the cluster's slots
     * @param capacity the executor's total resources ({@link Resources#UNLIMITED}: no limit)
     * @return per tenant, its fair (fractional) number of running jobs
     */
    static double[] fill(int[] demand, Resources[] request, int slots, Resources capacity) {
        int n = demand.length;
        double[][] req = new double[n][];
        for (int t = 0; t < n; t++) {
            Resources r = request[t];
            req[t] = new double[] {1, r.cpuMillis(), r.memoryMb(), r.gpus()};
        }
        boolean unlimited = capacity.equals(Resources.UNLIMITED);
        double[] free = unlimited ? new double[] {slots, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY} : new double[] {slots, capacity.cpuMillis(), capacity.memoryMb(),
                capacity.gpus()};
        double[] alloc = new double[n];
        boolean[] frozen = new boolean[n];
        for (int t = 0; t < n; t++) {
            frozen[t] = demand[t] == 0;
        }
        while (raise(demand, req, free, alloc, frozen)) {
            freeze(demand, req, free, alloc, frozen);
        }
        return alloc;
    }

    /** Raises every unfrozen tenant by the largest common step; false when all are frozen. */
    private static boolean raise(int[] demand, double[][] req, double[] free, double[] alloc, boolean[] frozen) {
        double step = Double.POSITIVE_INFINITY;
        double[] use = new double[free.length];
        boolean any = false;
        for (int t = 0; t < alloc.length; t++) {
            if (!frozen[t]) {
                any = true;
                step = Math.min(step, demand[t] - alloc[t]);
                for (int r = 0; r < free.length; r++) {
                    use[r] += req[t][r];
                }
            }
        }
        if (!any) {
            return false;
        }
        for (int r = 0; r < free.length; r++) {
            if (use[r] > 0) {
                step = Math.min(step, free[r] / use[r]);
            }
        }
        for (int t = 0; t < alloc.length; t++) {
            if (!frozen[t]) {
                alloc[t] += step;
            }
        }
        for (int r = 0; r < free.length; r++) {
            free[r] -= step * use[r];
        }
        return true;
    }

    /** Freezes the tenants at their demand and those asking for a resource that has run out. */
    private static void freeze(int[] demand, double[][] req, double[] free, double[] alloc, boolean[] frozen) {
        for (int t = 0; t < alloc.length; t++) {
            if (frozen[t]) {
                continue;
            }
            boolean full = alloc[t] >= demand[t] - EPS;
            for (int r = 0; r < free.length && !full; r++) {
                full = req[t][r] > 0 && free[r] <= EPS * Math.max(1, req[t][r]);
            }
            frozen[t] = full;
        }
    }
}
