package io.charter.governance.data.profile;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A uniform sample of rows of the categorical columns, for statistics that need joint values
 * (Cramér's V) and cannot be sketched per column. Vitter's (1985) Algorithm R: the first
 * {@code capacity} rows fill the reservoir, and row t (0-based) then replaces a random slot with
 * probability capacity/(t+1). The generator is seeded, so a file always yields the same sample.
 *
 * <p>Cells are 32-bit hashes of the values ({@link Cells#categoryHash}), 0 for missing, so memory
 * is 4 bytes per cell whatever the values' length; it grows with the rows seen up to the capacity.
 */
final class CategoricalSample {

    /** Fixed so that profiling the same file twice gives the same matrix. */
    static final long SEED = 20_240_301L;

    private static final int INITIAL_ROWS = 1024;

    /** Largest int array the JVM reliably allocates. */
    private static final long MAX_CELLS = Integer.MAX_VALUE - 8;

    private final int capacity;
    private final int[] columns;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private int[] cells;
    private int size;
    private long seen;

    /** Samples the given column positions of each row, keeping at most {@code capacity} rows. */
    CategoricalSample(int capacity, int[] columns) {
        if ((long) capacity * columns.length > MAX_CELLS) {
            throw new IllegalArgumentException("sampleRows × categorical columns must be at most " + MAX_CELLS
                    + ", but got " + capacity + " × " + columns.length);
        }
        this.capacity = capacity;
        this.columns = columns.clone();
        this.cells = new int[Math.min(capacity, INITIAL_ROWS) * columns.length];
    }

    /** Offers one row of cleaned values (null = missing), indexed by file column. */
    void offer(String[] row) {
        long t = seen++;
        if (columns.length == 0) {
            return;
        }
        int slot;
        if (size < capacity) {
            slot = size++;
            ensureRoom();
        } else {
            long j = random.nextLong(t + 1);
            if (j >= capacity) {
                return;
            }
            slot = (int) j;
        }
        int base = slot * columns.length;
        for (int c = 0; c < columns.length; c++) {
            String value = row[columns[c]];
            cells[base + c] = value == null ? 0 : Cells.categoryHash(Cells.categoryKey(value));
        }
    }

    /** Rows in the sample (none when there are no columns to sample). */
    int size() {
        return size;
    }

    /** Hash of sampled row {@code row}'s value in sampled column {@code column}; 0 if missing. */
    int cell(int row, int column) {
        return cells[row * columns.length + column];
    }

    private void ensureRoom() {
        if (size * columns.length > cells.length) {
            long grown = Math.min((long) capacity, 2L * (cells.length / columns.length)) * columns.length;
            cells = Arrays.copyOf(cells, (int) grown);
        }
    }
}
