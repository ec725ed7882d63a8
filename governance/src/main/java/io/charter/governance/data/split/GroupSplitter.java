package io.charter.governance.data.split;

import io.charter.governance.data.DataFormatException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * GROUP: every row of a group goes to the same split, so that no entity is both trained and
 * evaluated on (scikit-learn's GroupShuffleSplit and GroupKFold).
 *
 * <p>The groups are shuffled with the seed and then filled greedily by row count: in shuffled
 * order, a group joins the test split if that brings the test split nearer its share of rows,
 * then likewise for validation among the remaining groups; training takes the rest. With
 * {@code folds}, the groups left after the test split go, largest first, each to the fold with
 * the fewest rows so far (longest-processing-time scheduling, Graham 1969), which keeps fold sizes
 * within one group of each other. Split sizes can only match the ratios as closely as the group
 * sizes allow.
 *
 * <p>Memory: 8 bytes per row for the groups' hashes in the first pass (briefly 16), then 16 bytes
 * per group and the codes, 1 byte per row. Reads the table twice.
 */
final class GroupSplitter {

    private GroupSplitter() {
    }

    static byte[] split(RowPasses passes, SplitSpec spec, List<String> header, SplitTally tally)
            throws IOException, DataFormatException {
        int column = SplitSpecs.indexOf(header, spec.groupColumn());
        LongChunks gathered = new LongChunks();
        passes.pass((row, fields) -> gathered.add(GroupTable.hash(fields[column])));
        long n = passes.rows();
        long testTotal = Apportionment.testTotal(spec.testRatio(), n);
        GroupTable table = GroupTable.of(gathered.toArray());
        byte[] groupCodes = assign(table, spec, n, testTotal);
        tally.groups(table, column);
        byte[] codes = new byte[(int) n];
        passes.pass((row, fields) -> {
            int group = table.indexOf(GroupTable.hash(fields[column]));
            if (group < 0) {
                throw new IOException("table must have the groups it had when this split was planned, but row "
                        + (row + 1) + " has a new one");
            }
            codes[(int) row] = groupCodes[group];
            tally.accept(row, codes[(int) row], fields);
        });
        return codes;
    }

    private static byte[] assign(GroupTable table, SplitSpec spec, long n, long testTotal) {
        int[] order = shuffled(table.groups(), spec.seedOrDefault());
        byte[] codes = new byte[table.groups()];
        boolean[] taken = new boolean[table.groups()];
        if (fill(table, order, taken, codes, testTotal, SplitAssignment.TEST) == 0) {
            throw tooLarge(table, testTotal, n, "testing");
        }
        if (SplitSpecs.usesRatios(spec)) {
            long validationTotal = Apportionment.validationTotal(spec, n);
            if (spec.validationRatio() > 0
                    && fill(table, order, taken, codes, validationTotal, SplitAssignment.VALIDATION_CODE) == 0) {
                throw tooLarge(table, validationTotal, n, "validation");
            }
            if (fill(table, order, taken, codes, Long.MAX_VALUE / 2, SplitAssignment.TRAIN_CODE) == 0) {
                throw SplitSpecException.of("groupColumn", "must have enough groups to leave some for training, "
                        + "but all " + table.groups() + " groups went to the test and validation splits");
            }
        } else {
            folds(table, order, taken, codes, spec.folds());
        }
        return codes;
    }

    /** Fisher–Yates shuffle of the group numbers (Durstenfeld 1964) with the seed. */
    private static int[] shuffled(int groups, long seed) {
        int[] order = new int[groups];
        for (int i = 0; i < groups; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = groups - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Gives {@code code} to each untaken group, in order, that brings its rows nearer {@code target}. */
    private static long fill(GroupTable table, int[] order, boolean[] taken, byte[] codes, long target, byte code) {
        long filled = 0;
        for (int group : order) {
            long size = table.size(group);
            if (!taken[group] && 2 * filled + size < 2 * target) {
                taken[group] = true;
                codes[group] = code;
                filled += size;
            }
        }
        return filled;
    }

    private static void folds(GroupTable table, int[] order, boolean[] taken, byte[] codes, int folds) {
        Integer[] left = Arrays.stream(order).filter(g -> !taken[g]).boxed().toArray(Integer[]::new);
        if (left.length < folds) {
            throw SplitSpecException.of("folds", "must be at most the " + left.length + " groups left after "
                    + "holding out the test split, but is " + folds);
        }
        Arrays.sort(left, Comparator.comparingLong((Integer g) -> table.size(g)).reversed());
        long[] load = new long[folds];
        for (int group : left) {
            int lightest = 0;
            for (int f = 1; f < folds; f++) {
                if (load[f] < load[lightest]) {
                    lightest = f;
                }
            }
            codes[group] = (byte) lightest;
            load[lightest] += table.size(group);
        }
    }

    private static SplitSpecException tooLarge(GroupTable table, long target, long n, String purpose) {
        long smallest = Long.MAX_VALUE;
        for (int g = 0; g < table.groups(); g++) {
            smallest = Math.min(smallest, table.size(g));
        }
        return SplitSpecException.of("groupColumn", "must have groups small enough to set about " + target + " of the "
                + n + " rows aside for " + purpose + ", but none of its " + table.groups()
                + " groups fits (the smallest has " + smallest + " rows)");
    }
}
