package io.charter.governance.pipeline;

import java.util.SplittableRandom;

/**
 * A uniform sample of at most {@code capacity} numbers from a stream of unknown length: Vitter's
 * (1985) algorithm R. The seed is fixed, so fitting the same rows gives the same sample.
 */
final class Reservoir {

    private static final long SEED = 0x5EED_B0C5L;

    private final int capacity;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private double[] values = new double[16];
    private long seen;

    Reservoir(int capacity) {
        this.capacity = capacity;
    }

    void add(double x) {
        if (seen < capacity) {
            if (seen == values.length) {
                // grown as needed: a small column does not pay for the full capacity
                values = java.util.Arrays.copyOf(values, (int) Math.min(capacity, 2L * values.length));
            }
            values[(int) seen] = x;
        } else {
            long j = random.nextLong(seen + 1);
            if (j < capacity) {
                values[(int) j] = x;
            }
        }
        seen++;
    }

    long seen() {
        return seen;
    }

    int size() {
        return (int) Math.min(seen, capacity);
    }

    /** The sample; its first {@link #size()} entries are the values. */
    double[] values() {
        return values;
    }
}
