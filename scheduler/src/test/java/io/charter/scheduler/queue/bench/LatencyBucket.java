package io.charter.scheduler.queue.bench;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Round latency for the rounds that saw a queue of a given length.
 *
 * @param queueLength      the range, e.g. "1,000-4,999"
 * @param rounds           rounds in it
 * @param p50Micros        their median latency
 * @param nanosPerQueuedJob median over them of latency / queue length
 */
record LatencyBucket(String queueLength, double rounds, Double p50Micros, Double nanosPerQueuedJob) {

    /** Lower bounds of the buckets; the last is open. */
    static final int[] FROM = {1, 100, 1_000, 5_000};

    /** Buckets of {@code n} rounds given each round's latency and queue length. */
    static List<LatencyBucket> of(long[] nanos, long[] queueLength, int n) {
        return IntStream.range(0, FROM.length).mapToObj(b -> {
            long lo = FROM[b];
            long hi = b + 1 < FROM.length ? FROM[b + 1] : Long.MAX_VALUE;
            long[] lat = new long[n];
            long[] perJob = new long[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (queueLength[i] >= lo && queueLength[i] < hi) {
                    lat[k] = nanos[i];
                    perJob[k++] = nanos[i] / queueLength[i];
                }
            }
            String label = hi == Long.MAX_VALUE ? String.format("%,d+", lo) : String.format("%,d-%,d", lo, hi - 1);
            return k == 0 ? new LatencyBucket(label, 0, null, null)
                    : new LatencyBucket(label, k, Stats.percentile(lat, k, 0.5) / 1e3,
                    (double) Stats.percentile(perJob, k, 0.5));
        }).toList();
    }

    /** Per bucket, the median of each field over runs. */
    static List<LatencyBucket> median(List<List<LatencyBucket>> runs) {
        return IntStream.range(0, FROM.length).mapToObj(i -> {
            List<LatencyBucket> r = runs.stream().map(l -> l.get(i)).toList();
            return new LatencyBucket(r.get(0).queueLength(), Stats.median(r, LatencyBucket::rounds),
                    Stats.median(r, LatencyBucket::p50Micros), Stats.median(r, LatencyBucket::nanosPerQueuedJob));
        }).toList();
    }
}
