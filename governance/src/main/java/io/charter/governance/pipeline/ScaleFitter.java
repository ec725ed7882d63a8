package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Fits SCALE centres and scales per column: Welford moments, or a KLL sketch for ROBUST. */
final class ScaleFitter extends NumericFitter {

    private final ScaleMethod method;

    ScaleFitter(ScaleMethod method, StepColumns columns) {
        super(StepKind.SCALE, columns, method == ScaleMethod.ROBUST);
        this.method = method;
    }

    @Override
    FittedStep fitted() {
        List<FittedScale.Affine> affines = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Moments m = method == ScaleMethod.ROBUST ? null : moments(j);
            Quantiles q = method == ScaleMethod.ROBUST ? quantiles(j) : null;
            double center = switch (method) {
                case STANDARD -> m.mean();
                case MINMAX -> m.min();
                case ROBUST -> q.median();
            };
            double scale = switch (method) {
                case STANDARD -> m.std();
                case MINMAX -> m.max() - m.min();
                case ROBUST -> q.quantile(0.75) - q.quantile(0.25);
            };
            // a constant train column would divide by zero; scikit-learn scales it by 1 as well
            affines.add(new FittedScale.Affine(columns.name(j), center, scale > 0 ? scale : 1));
        }
        return new FittedScale(method, affines);
    }
}
