package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps that learn one statistic summary per numeric column from the train values: running
 * moments (mean, std, min, max) or a quantile sketch, whichever the step's method needs. Missing
 * values are skipped; text where a number is needed is refused by {@link NumericColumns}.
 */
abstract class NumericFitter implements StepFitter {

    protected final StepColumns columns;
    private final NumericColumns numeric;
    private final boolean sketch;
    private final List<Moments> moments = new ArrayList<>();
    private final List<Quantiles> quantiles = new ArrayList<>();

    /** {@code sketch}: keep a quantile sketch per column, else running moments. */
    NumericFitter(StepKind kind, StepColumns columns, boolean sketch) {
        this.columns = columns;
        this.numeric = columns.numeric(kind);
        this.sketch = sketch;
        for (int j = 0; j < columns.size(); j++) {
            if (sketch) {
                quantiles.add(new Quantiles());
            } else {
                moments.add(new Moments());
            }
        }
    }

    @Override
    public final boolean needsRows() {
        return true;
    }

    @Override
    public final void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            double x = numeric.read(j, row, values);
            if (Double.isNaN(x)) {
                continue;
            }
            if (sketch) {
                quantiles.get(j).add(x);
            } else {
                moments.get(j).add(x);
            }
        }
    }

    @Override
    public final FittedStep result(long trainRows, List<SpecProblem> problems) {
        return numeric.check(trainRows, true, problems) ? fitted() : null;
    }

    /** What was learnt, once every column has train values. */
    abstract FittedStep fitted();

    /** Column {@code j}'s moments (only when built without a sketch). */
    final Moments moments(int j) {
        return moments.get(j);
    }

    /** Column {@code j}'s quantile sketch (only when built with one). */
    final Quantiles quantiles(int j) {
        return quantiles.get(j);
    }
}
