package io.charter.scheduler.job;

/**
 * What a job asks for, or what an executor has free, in three dimensions.
 *
 * @param cpuMillis CPU in millicores (1000 = one core), as Kubernetes counts it
 * @param memoryMb  memory in MiB
 * @param gpus      whole GPUs ({@code nvidia.com/gpu} on Kubernetes)
 */
public record Resources(long cpuMillis, long memoryMb, int gpus) {

    /** Nothing: fits anywhere. */
    public static final Resources NONE = new Resources(0, 0, 0);
    /** More than any executor has: used for "no limit". */
    public static final Resources UNLIMITED = new Resources(Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);

    public Resources {
        if (cpuMillis < 0 || memoryMb < 0 || gpus < 0) {
            throw new IllegalArgumentException("cpuMillis, memoryMb and gpus must be >= 0, but got " + cpuMillis
                    + ", " + memoryMb + ", " + gpus);
        }
    }

    /** Whether this request fits into {@code available} in every dimension. */
    public boolean fitsIn(Resources available) {
        return cpuMillis <= available.cpuMillis && memoryMb <= available.memoryMb && gpus <= available.gpus;
    }

    /** This amount less {@code taken}, per dimension and never below zero. */
    public Resources minus(Resources taken) {
        return new Resources(Math.max(0, cpuMillis - taken.cpuMillis), Math.max(0, memoryMb - taken.memoryMb),
                Math.max(0, gpus - taken.gpus));
    }

    /** This amount and {@code added} together, per dimension, saturating at the largest value. */
    public Resources plus(Resources added) {
        return new Resources(saturated(cpuMillis + added.cpuMillis), saturated(memoryMb + added.memoryMb),
                (int) Math.min(Integer.MAX_VALUE, (long) gpus + added.gpus));
    }

    /** Both operands are non-negative, so an overflow shows as a negative sum. */
    private static long saturated(long sum) {
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Per dimension the smaller of the two: what of {@code other} this amount can cover. */
    public Resources min(Resources other) {
        return new Resources(Math.min(cpuMillis, other.cpuMillis), Math.min(memoryMb, other.memoryMb),
                Math.min(gpus, other.gpus));
    }
}
