package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Fits CAP bounds per column from a KLL sketch of its train values. */
final class CapFitter extends NumericFitter {

    private final CapMethod method;
    private final double k;
    private final double lower;
    private final double upper;

    CapFitter(StepSpec step, StepColumns columns) {
        super(StepKind.CAP, columns, true);
        this.method = StepOptions.capMethod(step);
        this.k = StepOptions.iqrK(step);
        this.lower = method == CapMethod.PERCENTILE ? step.lower() : 0;
        this.upper = method == CapMethod.PERCENTILE ? step.upper() : 0;
    }

    @Override
    FittedStep fitted() {
        List<FittedCap.Bounds> bounds = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Quantiles q = quantiles(j);
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
