package io.charter.governance.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded uniform samples of row indexes without replacement, for the metrics that bound their
 * work or their output: the same seed and input give the same rows on every machine.
 */
final class Sampling {

    private Sampling() {
    }

    /** 0, 1, …, n − 1. */
    static int[] all(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    /**
     * {@code size} of the {@code candidates} chosen uniformly (partial Fisher–Yates), sorted; all of
     * them, sorted, when there are no more than {@code size}.
     */
    static int[] choose(int[] candidates, int size, long seed) {
        int[] pool = candidates.clone();
        if (pool.length > size) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < size; i++) {
                int j = i + random.nextInt(pool.length - i);
                int t = pool[i];
                pool[i] = pool[j];
                pool[j] = t;
            }
            pool = Arrays.copyOf(pool, size);
        }
        Arrays.sort(pool);
        return pool;
    }
}
