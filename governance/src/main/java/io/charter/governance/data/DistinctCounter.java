package io.charter.governance.data;

/**
 * Counts distinct strings exactly up to a cap in memory that does not depend on string length.
 *
 * <p>Values are stored as 64-bit hashes (FNV-1a, finished with the MurmurHash3 fmix64 mixer) in
 * an open-addressing table, so a column of 1 MB text fields costs the same as a column of short
 * codes. Two different values collide with probability about n²/2⁶⁵ — below 3·10⁻¹² at the
 * 10,000-value cap — which is the only way the count can be off. Past the cap the table is
 * released: a capped column needs no more distinct tracking.
 */
final class DistinctCounter {

    private static final int INITIAL_SLOTS = 16;
    private static final long EMPTY = 0L;

    private final int cap;
    private long[] slots = new long[INITIAL_SLOTS];
    private int size;
    private boolean capped;

    DistinctCounter(int cap) {
        this.cap = cap;
    }

    void add(String value) {
        if (capped) {
            return;
        }
        long h = hash(value);
        int mask = slots.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == h) {
                return;
            }
            i = (i + 1) & mask;
        }
        if (size == cap) {
            capped = true;
            slots = null;
            return;
        }
        slots[i] = h;
        size++;
        if (size * 4L > slots.length * 3L) {
            grow();
        }
    }

    /** Distinct values seen, at most the cap. */
    long count() {
        return size;
    }

    /** True once a value beyond the cap was seen. */
    boolean capped() {
        return capped;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long h : old) {
            if (h != EMPTY) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = h;
            }
        }
    }

    private static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }
}
