package io.charter.governance.data.split;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * What the summary reports, counted from the finished codes and the rows' own values: per block
 * (a code), the rows of each class of the stratify column, the earliest and latest time, and for
 * GROUP which code each group got. Fed by the planner's last pass; rolled up per fold and role by
 * {@link #blocks(SplitAssignment, SplitRole, int)}. Memory: 8 bytes per class and block, 16 per
 * block for times, 1 byte per group.
 */
final class SplitTally {

    private static final byte UNSEEN = (byte) 0xFE;

    private final int blocks;
    private final ClassIndex classes;
    private long[][] classCounts;
    private final TimeValues times;
    private final long[] minKey;
    private final long[] maxKey;
    private GroupTable groups;
    private int groupColumn;
    private byte[] groupCodes;
    private boolean groupsDisjoint = true;
    private boolean fed;

    SplitTally(SplitSpec spec, List<String> header, int blocks) {
        this.blocks = blocks;
        if (spec.stratifyColumn() != null) {
            int column = SplitSpecs.indexOf(header, spec.stratifyColumn());
            classes = new ClassIndex(column, header.get(column));
            classCounts = new long[blocks + 1][8];
        } else {
            classes = null;
        }
        if (spec.method().usesTime()) {
            int column = SplitSpecs.indexOf(header, spec.timeColumn());
            times = new TimeValues(column, header.get(column));
        } else {
            times = null;
        }
        minKey = new long[blocks + 1];
        maxKey = new long[blocks + 1];
        Arrays.fill(minKey, Long.MAX_VALUE);
        Arrays.fill(maxKey, Long.MIN_VALUE);
    }

    /** Counts a group column too; the groups are those the plan was made from. */
    void groups(GroupTable table, int column) {
        groups = table;
        groupColumn = column;
        groupCodes = new byte[table.groups()];
        Arrays.fill(groupCodes, UNSEEN);
    }

    /** True if the summary needs a pass over the rows (a class, time or group column). */
    boolean needsRows() {
        return classes != null || times != null || groups != null;
    }

    /** True once a pass has fed rows. */
    boolean fed() {
        return fed;
    }

    void accept(long row, byte code, String[] fields) throws IOException {
        fed = true;
        int block = SplitAssignment.index(code, blocks, row);
        if (classes != null) {
            int id = classes.id(fields);
            if (id == classCounts[block].length) {
                for (int b = 0; b <= blocks; b++) {
                    classCounts[b] = Arrays.copyOf(classCounts[b], id * 2);
                }
            }
            classCounts[block][id]++;
        }
        if (times != null) {
            long key = times.key(row, fields);
            minKey[block] = Math.min(minKey[block], key);
            maxKey[block] = Math.max(maxKey[block], key);
        }
        if (groups != null) {
            int group = groups.indexOf(GroupTable.hash(fields[groupColumn]));
            if (groupCodes[group] == UNSEEN) {
                groupCodes[group] = code;
            } else if (groupCodes[group] != code) {
                groupsDisjoint = false;
            }
        }
    }

    /** Which blocks (index {@code blocks} for test) have {@code role} in {@code fold}. */
    boolean[] blocks(SplitAssignment assignment, SplitRole role, int fold) {
        boolean[] with = new boolean[blocks + 1];
        for (int b = 0; b <= blocks; b++) {
            with[b] = assignment.roleOf(b == blocks ? SplitAssignment.TEST : (byte) b, fold) == role;
        }
        return with;
    }

    /** Every block, test included. */
    boolean[] allBlocks() {
        boolean[] all = new boolean[blocks + 1];
        Arrays.fill(all, true);
        return all;
    }

    boolean hasClasses() {
        return classes != null;
    }

    int classCount() {
        return classes.size();
    }

    String classValue(int id) {
        return classes.value(id);
    }

    /** Rows of each class in the given blocks. */
    long[] classRows(boolean[] in) {
        long[] rows = new long[classes.size()];
        for (int b = 0; b <= blocks; b++) {
            for (int c = 0; in[b] && c < rows.length; c++) {
                rows[c] += classCounts[b][c];
            }
        }
        return rows;
    }

    boolean hasTimes() {
        return times != null;
    }

    /** Earliest time key in the given blocks; Long.MAX_VALUE if they have no rows. */
    long minKey(boolean[] in) {
        long min = Long.MAX_VALUE;
        for (int b = 0; b <= blocks; b++) {
            min = in[b] ? Math.min(min, minKey[b]) : min;
        }
        return min;
    }

    /** Latest time key in the given blocks; Long.MIN_VALUE if they have no rows. */
    long maxKey(boolean[] in) {
        long max = Long.MIN_VALUE;
        for (int b = 0; b <= blocks; b++) {
            max = in[b] ? Math.max(max, maxKey[b]) : max;
        }
        return max;
    }

    String timeText(long key) {
        return times.text(key);
    }

    boolean hasGroups() {
        return groups != null;
    }

    long groupCount() {
        return groups.groups();
    }

    /** Groups whose rows have one of the given blocks' codes. */
    long groupsIn(boolean[] in) {
        long count = 0;
        for (byte code : groupCodes) {
            if (code != UNSEEN && in[SplitAssignment.index(code, blocks, 0)]) {
                count++;
            }
        }
        return count;
    }

    /** True if no group had rows with two codes, so none is in two splits of any fold. */
    boolean groupsDisjoint() {
        return groupsDisjoint;
    }
}
