package io.charter.governance.data.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Verifies a finished plan's guarantees on its assignment and tallies, and states each one that
 * holds as a sentence for the summary. A guarantee that does not hold is a defect of the planner,
 * never of the data: it is an {@link IllegalStateException}, so that no such plan is stored.
 */
final class SplitChecks {

    private SplitChecks() {
    }

    static List<String> verify(SplitSpec spec, SplitAssignment assignment, SplitTally tally) {
        List<String> checks = new ArrayList<>();
        coverage(assignment, checks);
        if (assignment.method() == SplitMethod.WALK_FORWARD) {
            walkForward(assignment, checks);
        } else if (assignment.folds() > 1) {
            kFold(assignment, checks);
        }
        if (tally.hasTimes()) {
            time(assignment, tally, checks);
        }
        if (tally.hasClasses()) {
            classes(spec, assignment, tally, checks);
        }
        if (tally.hasGroups()) {
            require(tally.groupsDisjoint(), "no group is in two splits");
            checks.add("no group of \"" + spec.groupColumn().strip() + "\" has rows in two splits of any fold ("
                    + tally.groupCount() + " groups)");
        }
        return List.copyOf(checks);
    }

    private static void coverage(SplitAssignment a, List<String> checks) {
        long test = a.count(SplitRole.TEST, 0);
        for (int f = 0; f < a.folds(); f++) {
            long covered = 0;
            for (SplitRole role : SplitRole.values()) {
                covered += a.count(role, f);
            }
            require(covered == a.rows(), "every row has one role in fold " + f);
            require(a.count(SplitRole.TEST, f) == test, "the test split is the same in every fold");
            require(a.count(SplitRole.TRAIN, f) > 0, "every fold has training rows");
        }
        require(test > 0, "the test split has rows");
        checks.add("each of the " + a.rows() + " rows has exactly one role in every fold, so no row is in two "
                + "splits of a fold");
        checks.add("the same " + test + " rows (" + percent((double) test / a.rows()) + "%) are the locked test "
                + "split in every fold, used for neither training nor validation");
    }

    private static void kFold(SplitAssignment a, List<String> checks) {
        long nonTest = a.rows() - a.count(SplitRole.TEST, 0);
        long validated = 0;
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        for (int f = 0; f < a.folds(); f++) {
            long rows = a.count(SplitRole.VALIDATION, f);
            require(rows > 0, "every fold has validation rows");
            validated += rows;
            smallest = Math.min(smallest, rows);
            largest = Math.max(largest, rows);
        }
        require(validated == nonTest, "every non-test row validates in exactly one fold");
        checks.add("every one of the " + nonTest + " non-test rows is in the validation split of exactly one of "
                + "the " + a.folds() + " folds; validation folds have " + smallest + " to " + largest + " rows");
    }

    private static void walkForward(SplitAssignment a, List<String> checks) {
        StringJoiner windows = new StringJoiner(", ");
        for (int f = 0; f < a.folds(); f++) {
            long train = a.count(SplitRole.TRAIN, f);
            long validation = a.count(SplitRole.VALIDATION, f);
            require(validation > 0, "every fold has validation rows");
            if (f + 1 < a.folds()) {
                require(a.count(SplitRole.TRAIN, f + 1) == train + validation,
                        "each fold trains on the previous fold's training and validation rows");
            }
            windows.add(Long.toString(train));
        }
        checks.add("training windows expand from fold to fold (" + windows + " rows), each fold validating on "
                + "the time block right after its training window");
    }

    private static void time(SplitAssignment a, SplitTally tally, List<String> checks) {
        for (int f = 0; f < a.folds(); f++) {
            long lastTrain = tally.maxKey(tally.blocks(a, SplitRole.TRAIN, f));
            long firstValidation = tally.minKey(tally.blocks(a, SplitRole.VALIDATION, f));
            require(a.count(SplitRole.VALIDATION, f) == 0 || lastTrain < firstValidation,
                    "validation rows are later than training rows in fold " + f);
        }
        boolean[] test = tally.blocks(a, SplitRole.TEST, 0);
        boolean[] nonTest = new boolean[test.length];
        for (int b = 0; b < test.length; b++) {
            nonTest[b] = !test[b];
        }
        require(tally.maxKey(nonTest) < tally.minKey(test),
                "test rows are later than all other rows");
        if (a.method() == SplitMethod.WALK_FORWARD) {
            checks.add("in every fold, every validation row is later than every training row");
        } else if (a.count(SplitRole.VALIDATION, 0) > 0) {
            checks.add("every validation row is later than every training row");
        }
        checks.add("every test row is later than every training and validation row, so no time is shared with "
                + "the test split");
    }

    private static void classes(SplitSpec spec, SplitAssignment a, SplitTally tally, List<String> checks) {
        long[] overall = tally.classRows(tally.allBlocks());
        double worst = 0;
        for (int f = 0; f < a.folds(); f++) {
            for (SplitRole role : List.of(SplitRole.TRAIN, SplitRole.VALIDATION, SplitRole.TEST)) {
                long[] rows = tally.classRows(tally.blocks(a, role, f));
                long total = a.count(role, f);
                for (int c = 0; c < rows.length && total > 0; c++) {
                    worst = Math.max(worst, Math.abs((double) rows[c] / total - (double) overall[c] / a.rows()));
                }
            }
        }
        checks.add("the shares of the " + tally.classCount() + " classes of \"" + spec.stratifyColumn().strip()
                + "\" in every split are within " + percent(worst) + " percentage points of their shares in all rows");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f", 100 * share);
    }

    private static void require(boolean holds, String guarantee) {
        if (!holds) {
            throw new IllegalStateException("split plan breaks its guarantee that " + guarantee);
        }
    }
}
