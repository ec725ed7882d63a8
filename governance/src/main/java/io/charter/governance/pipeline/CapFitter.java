package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Fits CAP bounds per column from a KLL sketch of its train values. */
final class CapFitter implements StepFitter {

    private final CapMethod method;
    private final double k;
    private final double lower;
    private final double upper;
    private final StepColumns columns;
    private final NumericColumns numeric;
    private final List<Quantiles> quantiles = new ArrayList<>();

    CapFitter(StepSpec step, StepColumns columns) {
        this.method = StepOptions.capMethod(step);
        this.k = StepOptions.iqrK(step);
        this.lower = method == CapMethod.PERCENTILE ? step.lower() : 0;
        this.upper = method == CapMethod.PERCENTILE ? step.upper() : 0;
        this.columns = columns;
        this.numeric = columns.numeric(StepKind.CAP);
        for (int j = 0; j < columns.size(); j++) {
            quantiles.add(new Quantiles());
        }
    }

    @Override
    public boolean needsRows() {
        return true;
    }

    @Override
    public void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            quantiles.get(j).add(numeric.read(j, row, values));
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        if (!numeric.check(trainRows, true, problems)) {
            return null;
        }
        List<FittedCap.Bounds> bounds = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Quantiles q = quantiles.get(j);
            if (method == CapMethod.IQR) {
                double q1 = q.quantile(0.25);
                double q3 = q.quantile(0.75);
                bounds.add(new FittedCap.Bounds(columns.name(j), q1 - k * (q3 - q1), q3 + k * (q3 - q1)));
            } else {
                bounds.add(new FittedCap.Bounds(columns.name(j), q.quantile(lower), q.quantile(upper)));
            }
        }
        return new FittedCap(method, bounds);
    }
}
