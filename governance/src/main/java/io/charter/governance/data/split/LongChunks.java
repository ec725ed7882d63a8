package io.charter.governance.data.split;

import java.util.ArrayList;
import java.util.List;

/**
 * A long per row, gathered in chunks while a pass is read, so that growing never copies: 8 bytes
 * per row, and briefly up to 16 while {@link #toArray} moves the chunks into one array for sorting.
 */
final class LongChunks {

    private static final int CHUNK = 1 << 16;

    private final List<long[]> chunks = new ArrayList<>();
    private long[] current = new long[CHUNK];
    private int used;
    private long size;

    void add(long value) {
        if (used == CHUNK) {
            chunks.add(current);
            current = new long[CHUNK];
            used = 0;
        }
        current[used++] = value;
        size++;
    }

    long size() {
        return size;
    }

    /** All values in order, in one array; this buffer is emptied as they move. */
    long[] toArray() {
        long[] all = new long[Math.toIntExact(size)];
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) {
            System.arraycopy(chunks.get(i), 0, all, at, CHUNK);
            chunks.set(i, null);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, used);
        chunks.clear();
        current = new long[0];
        used = 0;
        size = 0;
        return all;
    }
}
