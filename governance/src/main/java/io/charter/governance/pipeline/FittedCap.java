package io.charter.governance.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A fitted CAP step: each column's values clamped to [lower, upper] (winsorising); missing stays
 * missing (NaN).
 *
 * @param method  how the bounds were placed
 * @param columns each column's bounds, in the spec's order
 */
public record FittedCap(CapMethod method, List<Bounds> columns) implements FittedStep {

    public FittedCap {
        Objects.requireNonNull(method, "method");
        columns = List.copyOf(columns);
    }

    /**
     * @param column the column
     * @param lower  values below become this
     * @param upper  values above become this; at least {@code lower}
     */
    public record Bounds(String column, double lower, double upper) {
        public Bounds {
            Objects.requireNonNull(column, "column");
            if (!(lower <= upper)) {
                throw new IllegalArgumentException("bounds of \"" + column + "\" must have lower ≤ upper, but are "
                        + lower + " and " + upper);
            }
        }
    }

    RowOp compile(Layout layout) {
        int[] slots = StepCompiler.slots(layout, columns.stream().map(Bounds::column).toList());
        double[] lower = columns.stream().mapToDouble(Bounds::lower).toArray();
        double[] upper = columns.stream().mapToDouble(Bounds::upper).toArray();
        return row -> {
            for (int i = 0; i < slots.length; i++) {
                double x = row.number(slots[i]);
                row.setNumber(slots[i], Double.isNaN(x) ? x : Math.min(Math.max(x, lower[i]), upper[i]));
            }
        };
    }
}
