package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Fits SCALE centres and scales per column: Welford moments, or a KLL sketch for ROBUST. */
final class ScaleFitter implements StepFitter {

    private final ScaleMethod method;
    private final StepColumns columns;
    private final NumericColumns numeric;
    private final List<Moments> moments = new ArrayList<>();
    private final List<Quantiles> quantiles = new ArrayList<>();

    ScaleFitter(ScaleMethod method, StepColumns columns) {
        this.method = method;
        this.columns = columns;
        this.numeric = columns.numeric(StepKind.SCALE);
        for (int j = 0; j < columns.size(); j++) {
            moments.add(new Moments());
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
            double x = numeric.read(j, row, values);
            if (Double.isNaN(x)) {
                continue;
            }
            if (method == ScaleMethod.ROBUST) {
                quantiles.get(j).add(x);
            } else {
                moments.get(j).add(x);
            }
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        if (!numeric.check(trainRows, true, problems)) {
            return null;
        }
        List<FittedScale.Affine> affines = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Moments m = moments.get(j);
            Quantiles q = quantiles.get(j);
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
