package io.charter.governance.data.validation;

/**
 * A set of 64-bit hashes in one {@code long[]} with open addressing and linear probing: 8 bytes a
 * slot, no boxing, no per-entry objects. The table doubles when three quarters full, so it holds
 * between 10.7 and 21.3 bytes per element (about 16 on average); it never grows past
 * {@code maxSlots}, after which it refuses new elements and says it is {@link #full()}. The
 * elements must be well-mixed hashes: their low bits pick the slot.
 */
final class LongHashSet {

    private static final long EMPTY = 0L;
    /** Stands for the hash 0, which marks an empty slot; merging them adds a 2⁻⁶⁴ collision chance. */
    private static final long ZERO_STAND_IN = 0x9E3779B97F4A7C15L;
    private static final int INITIAL_SLOTS = 1 << 10;

    private final int maxSlots;
    private long[] slots;
    private int size;
    private boolean full;

    /** @param maxSlots the largest table, a power of two; it holds up to three quarters as many elements */
    LongHashSet(int maxSlots) {
        if (Integer.bitCount(maxSlots) != 1) {
            throw new IllegalArgumentException("maxSlots must be a power of two, but got " + maxSlots);
        }
        this.maxSlots = maxSlots;
        slots = new long[Math.min(INITIAL_SLOTS, maxSlots)];
    }

    /** The most elements the set will hold. */
    static long capacity(int maxSlots) {
        return maxSlots / 4L * 3;
    }

    /**
     * Adds {@code hash}; true if it was not in the set. False if it was, or if the set is full and
     * it would be new ({@link #full()} then says which).
     */
    boolean add(long hash) {
        long h = hash == EMPTY ? ZERO_STAND_IN : hash;
        int mask = slots.length - 1;
        int i = slot(h, mask);
        while (slots[i] != EMPTY) {
            if (slots[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (size == capacity(maxSlots)) {
            full = true;
            return false;
        }
        slots[i] = h;
        size++;
        if (size * 4L > slots.length * 3L && slots.length < maxSlots) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    /** True once an element was refused because the set holds {@link #capacity} elements. */
    boolean full() {
        return full;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long h : old) {
            if (h != EMPTY) {
                int i = slot(h, mask);
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = h;
            }
        }
    }

    private static int slot(long h, int mask) {
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
