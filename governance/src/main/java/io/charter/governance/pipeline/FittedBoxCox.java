package io.charter.governance.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A fitted BOX_COX step (Box &amp; Cox 1964): {@code (x^λ − 1) / λ}, or {@code ln x} for λ = 0, of
 * values > 0; a value ≤ 0 becomes NaN at transform (fitting refuses it, as for LOG).
 *
 * @param columns each column's λ, in the spec's order
 */
public record FittedBoxCox(List<Lambda> columns) implements FittedStep {

    public FittedBoxCox {
        columns = List.copyOf(columns);
    }

    /**
     * @param column      the transformed column
     * @param lambda      the maximum-likelihood λ on the sample, in [{@value BoxCox#MIN_LAMBDA},
     *                    {@value BoxCox#MAX_LAMBDA}]
     * @param trainValues the column's numbers in the train rows
     * @param sampleSize  how many of them λ was fitted on: all, or a uniform reservoir sample of
     *                    {@value PipelineSpecs#BOX_COX_SAMPLE}
     */
    public record Lambda(String column, double lambda, long trainValues, int sampleSize) {
        public Lambda {
            Objects.requireNonNull(column, "column");
            if (!Double.isFinite(lambda)) {
                throw new IllegalArgumentException("lambda of \"" + column + "\" must be finite, but is " + lambda);
            }
        }
    }

    RowOp compile(Layout layout) {
        int[] slots = StepCompiler.slots(layout, columns.stream().map(Lambda::column).toList());
        double[] lambdas = columns.stream().mapToDouble(Lambda::lambda).toArray();
        return row -> {
            for (int i = 0; i < slots.length; i++) {
                row.setNumber(slots[i], BoxCox.transform(row.number(slots[i]), lambdas[i]));
            }
        };
    }
}
