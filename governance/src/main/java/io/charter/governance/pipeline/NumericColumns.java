package io.charter.governance.pipeline;

import java.util.List;

/**
 * The columns of a step that needs numbers, as it reads them row by row: it notes the first
 * value that is text rather than a number, and the first value a step refuses (negative for LOG),
 * so that the fit fails with the row and value to look at rather than with silent NaNs.
 */
final class NumericColumns {

    private final StepKind kind;
    private final List<String> paths;
    private final int[] slots;
    private final long[] counts;
    private final String[] firstBad;
    private final long[] firstBadRow;
    private final String[] requirement;

    NumericColumns(StepKind kind, List<String> paths, int[] slots) {
        this.kind = kind;
        this.paths = paths;
        this.slots = slots;
        this.counts = new long[slots.length];
        this.firstBad = new String[slots.length];
        this.firstBadRow = new long[slots.length];
        this.requirement = new String[slots.length];
    }

    int size() {
        return slots.length;
    }

    /** Column {@code j}'s number in this row; NaN if missing or text (noted as a problem). */
    double read(int j, long row, WorkRow values) {
        String text = values.nonNumericText(slots[j]);
        if (text != null) {
            note(j, row, "must hold numbers for " + kind, "\"" + text + "\"");
            return Double.NaN;
        }
        double x = values.number(slots[j]);
        if (!Double.isNaN(x)) {
            counts[j]++;
        }
        return x;
    }

    /** Notes that column {@code j}'s value {@code x} in {@code row} breaks {@code requirement}. */
    void refuse(int j, long row, double x, String requirement) {
        note(j, row, requirement, WorkRow.format(x));
    }

    /** Numbers column {@code j} had. */
    long count(int j) {
        return counts[j];
    }

    /**
     * Adds the noted problems, and one for each column without a single number if
     * {@code needValues}; true if there were none.
     */
    boolean check(long trainRows, boolean needValues, List<SpecProblem> problems) {
        int before = problems.size();
        for (int j = 0; j < slots.length; j++) {
            if (firstBad[j] != null) {
                problems.add(new SpecProblem(paths.get(j), requirement[j] + ", but row " + (firstBadRow[j] + 1)
                        + " has " + firstBad[j]));
            } else if (needValues && counts[j] == 0) {
                problems.add(new SpecProblem(paths.get(j), "must have numbers in the train rows for " + kind
                        + ", but none of the " + trainRows + " train rows has one"));
            }
        }
        return problems.size() == before;
    }

    private void note(int j, long row, String why, String value) {
        if (firstBad[j] == null) {
            firstBad[j] = value;
            firstBadRow[j] = row;
            requirement[j] = why;
        }
    }
}
