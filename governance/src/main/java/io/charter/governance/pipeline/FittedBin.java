package io.charter.governance.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A fitted BIN step: each value becomes the index (0, 1, …) of its bin. Bin i is
 * {@code [edges[i], edges[i+1])}, the last one closed; values below the first edge fall in bin 0,
 * above the last in the last bin; missing stays NaN.
 *
 * @param method  how the edges were placed
 * @param columns each column's edges, in the spec's order
 */
public record FittedBin(BinMethod method, List<Edges> columns) implements FittedStep {

    public FittedBin {
        Objects.requireNonNull(method, "method");
        columns = List.copyOf(columns);
    }

    /**
     * @param column the binned column
     * @param edges  bins + 1 edges, increasing; QUANTILE merges bins whose edges coincide, and a
     *               constant column has one bin [c, c]
     */
    public record Edges(String column, List<Double> edges) {
        public Edges {
            Objects.requireNonNull(column, "column");
            edges = List.copyOf(edges);
            boolean increasing = edges.size() == 2 ? edges.get(0) <= edges.get(1) : edges.size() > 2;
            for (int i = 1; i < edges.size() && edges.size() > 2; i++) {
                increasing &= edges.get(i - 1) < edges.get(i);
            }
            if (!increasing || !edges.stream().allMatch(Double::isFinite)) {
                throw new IllegalArgumentException("edges of \"" + column + "\" must be at least two increasing "
                        + "numbers, but are " + edges);
            }
        }
    }

    /** The bin index of {@code x}: how many inner edges (all but the first and last) are ≤ x. */
    static double bin(double[] edges, double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        int low = 1;
        int high = edges.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (edges[mid] <= x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    RowOp compile(Layout layout) {
        int[] slots = StepCompiler.slots(layout, columns.stream().map(Edges::column).toList());
        double[][] edges = columns.stream().map(c -> c.edges().stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        return row -> {
            for (int i = 0; i < slots.length; i++) {
                row.setNumber(slots[i], bin(edges[i], row.number(slots[i])));
            }
        };
    }
}
