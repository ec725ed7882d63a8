package io.charter.governance.data.split;

import io.charter.governance.data.DataFormatException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * TIME and WALK_FORWARD: rows ordered by the time column and cut into consecutive blocks, so that
 * a model is always validated and tested on data later than it was trained on.
 *
 * <p>The first pass gathers every row's time key and sorts them; each cut is placed at the row
 * count the ratios ask for, moved to the nearer place where the time changes, so that rows with
 * the same time never straddle a cut. The cuts become time thresholds, and the second pass gives
 * each row the block its time falls in. TIME cuts train | validation | test; WALK_FORWARD cuts
 * the latest {@code testRatio} off as test and the rest into {@code folds} + 1 blocks of
 * near-equal row count. Neither uses the seed.
 *
 * <p>Memory: 8 bytes per row for the keys (briefly 16 while gathered), freed before the second
 * pass, and the codes, 1 byte per row.
 */
final class TimeSplitter {

    private TimeSplitter() {
    }

    static byte[] split(RowPasses passes, SplitSpec spec, List<String> header, SplitTally tally)
            throws IOException, DataFormatException {
        int column = SplitSpecs.indexOf(header, spec.timeColumn());
        TimeValues times = new TimeValues(column, header.get(column));
        LongChunks gathered = new LongChunks();
        passes.pass((row, fields) -> gathered.add(times.key(row, fields)));
        long[] keys = gathered.toArray();
        Arrays.sort(keys);
        long[] thresholds = new Cuts(keys, times).thresholds(spec);
        TimeValues again = new TimeValues(column, header.get(column));
        byte[] codes = new byte[keys.length];
        passes.pass((row, fields) -> {
            codes[(int) row] = code(thresholds, again.key(row, fields));
            tally.accept(row, codes[(int) row], fields);
        });
        return codes;
    }

    /** The block a time falls in: how many thresholds it has reached; past the last, test. */
    static byte code(long[] thresholds, long key) {
        int block = 0;
        while (block < thresholds.length && key >= thresholds[block]) {
            block++;
        }
        return block == thresholds.length ? SplitAssignment.TEST : (byte) block;
    }

    /** Cut positions in the sorted keys, moved to where the time changes. */
    private static final class Cuts {
        private final long[] keys;
        private final TimeValues times;
        private final int n;

        Cuts(long[] keys, TimeValues times) {
            this.keys = keys;
            this.times = times;
            this.n = keys.length;
        }

        /** The first time of each block after the first; the last threshold starts the test split. */
        long[] thresholds(SplitSpec spec) {
            double testShare = spec.testRatio();
            int testTarget = n - (int) Apportionment.testTotal(testShare, n);
            int testStart = cut(testTarget, 1, n - 1, "timeColumn", "the test split");
            int[] starts;
            if (spec.method() == SplitMethod.TIME) {
                double validationShare = spec.validationRatio();
                starts = validationShare == 0 ? new int[] {testStart} : new int[] {
                        cut(n - (int) Apportionment.total(testShare + validationShare, n), 1, testStart - 1,
                                "timeColumn", "the validation split"), testStart};
            } else {
                int blocks = spec.folds() + 1;
                starts = new int[blocks];
                int previous = 0;
                for (int b = 1; b < blocks; b++) {
                    previous = cut((int) Math.round((double) b * testStart / blocks), previous + 1, testStart - 1,
                            "folds", "time block " + (b + 1) + " of " + blocks);
                    starts[b - 1] = previous;
                }
                starts[blocks - 1] = testStart;
            }
            long[] thresholds = new long[starts.length];
            for (int i = 0; i < starts.length; i++) {
                thresholds[i] = keys[starts[i]];
            }
            return thresholds;
        }

        /**
         * The position nearest {@code target} in [min, max] where the time changes (ties to the
         * earlier one), or a user error naming the tied rows if there is none.
         */
        private int cut(int target, int min, int max, String path, String what) {
            int at = Math.max(0, Math.min(n - 1, target));
            int low = changeAtOrBefore(at);
            int high = changeAtOrAfter(at);
            boolean lowFits = low >= min && low <= max;
            boolean highFits = high >= min && high <= max;
            if (lowFits && (!highFits || at - low <= high - at)) {
                return low;
            }
            if (highFits) {
                return high;
            }
            throw SplitSpecException.of(path, "must let " + what + " start where the time changes, but rows "
                    + (low + 1) + " to " + high + " in time order all have the time " + times.text(keys[at])
                    + " and no other change is available; choose other ratios or folds, or a finer time column");
        }

        /** The largest position ≤ at whose time differs from the previous row's (0 if none). */
        private int changeAtOrBefore(int at) {
            long key = keys[at];
            int low = 0;
            int high = at;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (keys[mid] < key) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** The smallest position ≥ at whose time differs from the previous row's (n if none). */
        private int changeAtOrAfter(int at) {
            if (at == 0 || keys[at - 1] != keys[at]) {
                return at;
            }
            long key = keys[at];
            int low = at;
            int high = n;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (keys[mid] <= key) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
