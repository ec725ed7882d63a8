package io.charter.governance.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A fitted SCALE step: each column becomes {@code (x − center) / scale}; missing stays NaN.
 *
 * @param method  what center and scale are (see {@link ScaleMethod})
 * @param columns each column's center and scale, in the spec's order
 */
public record FittedScale(ScaleMethod method, List<Affine> columns) implements FittedStep {

    public FittedScale {
        Objects.requireNonNull(method, "method");
        columns = List.copyOf(columns);
    }

    /**
     * @param column the column
     * @param center subtracted first
     * @param scale  divided by next; positive (a constant train column gets 1, as in scikit-learn)
     */
    public record Affine(String column, double center, double scale) {
        public Affine {
            Objects.requireNonNull(column, "column");
            if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(center)) {
                throw new IllegalArgumentException("scaling of \"" + column + "\" must have a finite center and a "
                        + "finite positive scale, but has " + center + " and " + scale);
            }
        }
    }

    RowOp compile(Layout layout) {
        int[] slots = StepCompiler.slots(layout, columns.stream().map(Affine::column).toList());
        double[] center = columns.stream().mapToDouble(Affine::center).toArray();
        double[] scale = columns.stream().mapToDouble(Affine::scale).toArray();
        return row -> {
            for (int i = 0; i < slots.length; i++) {
                row.setNumber(slots[i], (row.number(slots[i]) - center[i]) / scale[i]);
            }
        };
    }
}
