package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Fitted steps compiled against the columns: a list of {@link RowOp}s over slots, and the slots
 * that make the output vector. The fitter grows one step by step (each step is fitted on rows run
 * through the steps before it); a {@link FittedPipeline} compiles its steps into one when it is
 * built or read, and never changes it after, so transforming is safe from many threads.
 */
final class Program {

    private final int inputs;
    private final Layout layout;
    private final List<RowOp> ops = new ArrayList<>();

    Program(List<String> inputColumns) {
        this.inputs = inputColumns.size();
        this.layout = new Layout(inputColumns);
    }

    /** Compiles the given steps in order. */
    static Program of(List<String> inputColumns, List<FittedStep> steps) {
        Program program = new Program(inputColumns);
        steps.forEach(program::append);
        return program;
    }

    /**
     * Adds a fitted step after the others; {@link IllegalArgumentException} if it names a column
     * that does not exist at that point or would add one that does.
     */
    void append(FittedStep step) {
        ops.add(StepCompiler.compile(step, layout));
    }

    Layout layout() {
        return layout;
    }

    /**
     * A row with the input fields loaded: input {@code i} is {@code fields[positions[i]]}, or
     * missing if that position is negative.
     */
    WorkRow load(String[] fields, int[] positions) {
        WorkRow row = new WorkRow(layout.slotCount());
        for (int i = 0; i < inputs; i++) {
            if (positions[i] >= 0) {
                row.load(i, fields[positions[i]]);
            }
        }
        return row;
    }

    /** Runs every compiled step on the row, in order. */
    void apply(WorkRow row) {
        for (RowOp op : ops) {
            op.apply(row);
        }
    }

    /** The output vector: every column of the final layout, read as a number. */
    double[] output(WorkRow row, int[] outputSlots) {
        double[] vector = new double[outputSlots.length];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = row.number(outputSlots[i]);
        }
        return vector;
    }
}
