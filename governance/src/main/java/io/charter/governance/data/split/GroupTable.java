package io.charter.governance.data.split;

import io.charter.governance.data.Values;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.datasketches.hash.MurmurHash3;

/**
 * The distinct groups of a group column, each known by a 64-bit MurmurHash3 of its value, sorted,
 * with its row count: 16 bytes per group instead of its text. Two values with one hash would be
 * one group, which only keeps more rows together and so never breaks disjointness; at a million
 * groups the chance of any such pair is about 3 × 10⁻⁸.
 */
final class GroupTable {

    private static final long HASH_SEED = 9001L;
    /** The missing value's group: MurmurHash3 takes no empty input, and a collision would be harmless. */
    private static final long MISSING = MurmurHash3.hash(new long[] {0L}, HASH_SEED)[0];

    private final long[] hashes;
    private final long[] sizes;

    private GroupTable(long[] hashes, long[] sizes) {
        this.hashes = hashes;
        this.sizes = sizes;
    }

    /** The group of a field: its trimmed value's hash; every missing value is one group. */
    static long hash(String raw) {
        String value = Values.clean(raw);
        return value == null ? MISSING : MurmurHash3.hash(value.getBytes(StandardCharsets.UTF_8), HASH_SEED)[0];
    }

    /** The groups of every row's hash; sorts {@code rowHashes} in place. */
    static GroupTable of(long[] rowHashes) {
        Arrays.sort(rowHashes);
        int groups = 0;
        for (int i = 0; i < rowHashes.length; i++) {
            if (i == 0 || rowHashes[i] != rowHashes[i - 1]) {
                groups++;
            }
        }
        long[] hashes = new long[groups];
        long[] sizes = new long[groups];
        int g = -1;
        for (int i = 0; i < rowHashes.length; i++) {
            if (i == 0 || rowHashes[i] != rowHashes[i - 1]) {
                hashes[++g] = rowHashes[i];
            }
            sizes[g]++;
        }
        return new GroupTable(hashes, sizes);
    }

    int groups() {
        return hashes.length;
    }

    long size(int group) {
        return sizes[group];
    }

    /** The group with this hash, or a negative number if there is none. */
    int indexOf(long hash) {
        return Arrays.binarySearch(hashes, hash);
    }
}
