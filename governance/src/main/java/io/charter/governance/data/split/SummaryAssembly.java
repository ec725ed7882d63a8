package io.charter.governance.data.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Turns a finished assignment and its tallies into the {@link SplitSummary} records. */
final class SummaryAssembly {

    /** Classes listed per split: enough for a chart, few enough to read. */
    static final int TOP_CLASSES = 20;
    /** Longest class value shown; a longer one is cut and ends with "…". */
    static final int VALUE_LENGTH = 200;

    private SummaryAssembly() {
    }

    static SplitSummary assemble(SplitSpec spec, SplitAssignment assignment, SplitTally tally) {
        List<String> checks = SplitChecks.verify(spec, assignment, tally);
        int[] top = tally.hasClasses() ? topClasses(tally) : null;
        List<FoldSummary> byFold = new ArrayList<>();
        for (int f = 0; f < assignment.folds(); f++) {
            List<RoleSummary> roles = new ArrayList<>();
            for (SplitRole role : roles(assignment)) {
                roles.add(role(assignment, tally, top, role, f));
            }
            byFold.add(new FoldSummary(f, List.copyOf(roles)));
        }
        List<ClassShare> overall = top == null ? null
                : shares(tally, top, tally.classRows(tally.allBlocks()), assignment.rows());
        return new SplitSummary(assignment.method(), assignment.rows(), assignment.folds(), List.copyOf(byFold),
                overall, top == null ? null : tally.classCount(), tally.hasGroups() ? tally.groupCount() : null,
                tally.hasGroups() ? tally.groupsDisjoint() : null, checks);
    }

    private static List<SplitRole> roles(SplitAssignment assignment) {
        return assignment.method() == SplitMethod.WALK_FORWARD
                ? List.of(SplitRole.TRAIN, SplitRole.VALIDATION, SplitRole.TEST, SplitRole.UNUSED)
                : List.of(SplitRole.TRAIN, SplitRole.VALIDATION, SplitRole.TEST);
    }

    private static RoleSummary role(SplitAssignment assignment, SplitTally tally, int[] top, SplitRole role,
                                    int fold) {
        boolean[] in = tally.blocks(assignment, role, fold);
        long rows = assignment.count(role, fold);
        List<ClassShare> shares = top == null ? null : shares(tally, top, tally.classRows(in), rows);
        boolean timed = tally.hasTimes() && rows > 0;
        return new RoleSummary(role, rows, shares, timed ? tally.timeText(tally.minKey(in)) : null,
                timed ? tally.timeText(tally.maxKey(in)) : null, tally.hasGroups() ? tally.groupsIn(in) : null);
    }

    /** The most frequent classes in all rows, ties in the order they first appeared. */
    private static int[] topClasses(SplitTally tally) {
        long[] rows = tally.classRows(tally.allBlocks());
        return IntStream.range(0, rows.length).boxed()
                .sorted(Comparator.comparingLong((Integer c) -> -rows[c]).thenComparingInt(c -> c))
                .limit(TOP_CLASSES).mapToInt(Integer::intValue).toArray();
    }

    private static List<ClassShare> shares(SplitTally tally, int[] top, long[] classRows, long total) {
        List<ClassShare> shares = new ArrayList<>(top.length);
        for (int c : top) {
            double share = total == 0 ? 0 : Math.round(1e6 * classRows[c] / (double) total) / 1e6;
            shares.add(new ClassShare(shown(tally.classValue(c)), classRows[c], share));
        }
        return List.copyOf(shares);
    }

    private static String shown(String value) {
        return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH) + "…";
    }
}
