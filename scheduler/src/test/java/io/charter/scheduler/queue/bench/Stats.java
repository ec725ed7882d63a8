package io.charter.scheduler.queue.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Percentiles and medians. */
final class Stats {

    private Stats() {
    }

    /** Nearest-rank percentile ({@code q} in (0, 1]) of {@code values[0, n)}; sorts a copy. */
    static long percentile(long[] values, int n, double q) {
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(q * n) - 1)];
    }

    /** The median of {@code values} (the mean of the middle two for an even count); null if none. */
    static Double median(List<Double> values) {
        double[] v = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return null;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The median of one field over several results. */
    static <T> Double median(List<T> results, Function<T, ? extends Number> field) {
        return median(results.stream().map(r -> {
            Number x = field.apply(r);
            return x == null ? null : x.doubleValue();
        }).toList());
    }
}
