package io.charter.governance.pipeline;

import java.util.List;

/**
 * A LOG step: {@code log1p(x)} of values ≥ 0. Learns nothing: fitting only checks that no train
 * value is negative. At transform a negative value becomes NaN (missing) rather than failing, so
 * that one odd row does not stop a batch or a serving request; validation against the dataset's
 * schema is the place to reject it.
 *
 * @param columns the transformed columns
 */
public record FittedLog(List<String> columns) implements FittedStep {

    public FittedLog {
        columns = List.copyOf(columns);
    }

    static double apply(double x) {
        return x >= 0 ? Math.log1p(x) : Double.NaN;
    }

    RowOp compile(Layout layout) {
        int[] slots = StepCompiler.slots(layout, columns);
        return row -> {
            for (int slot : slots) {
                row.setNumber(slot, apply(row.number(slot)));
            }
        };
    }
}
