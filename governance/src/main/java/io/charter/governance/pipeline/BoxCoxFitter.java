package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits BOX_COX: keeps a uniform sample of each column's train values (at most
 * {@link PipelineSpecs#BOX_COX_SAMPLE}) and finds λ on it by maximum likelihood.
 */
final class BoxCoxFitter implements StepFitter {

    private final StepColumns columns;
    private final NumericColumns numeric;
    private final List<Reservoir> samples = new ArrayList<>();

    BoxCoxFitter(StepColumns columns) {
        this.columns = columns;
        this.numeric = columns.numeric(StepKind.BOX_COX);
        for (int j = 0; j < columns.size(); j++) {
            samples.add(new Reservoir(PipelineSpecs.BOX_COX_SAMPLE));
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
            if (x <= 0) {
                numeric.refuse(j, row, x, "must be > 0 in every train row for BOX_COX");
            } else if (x > 0) {
                samples.get(j).add(x);
            }
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        if (!numeric.check(trainRows, true, problems)) {
            return null;
        }
        List<FittedBoxCox.Lambda> lambdas = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Reservoir sample = samples.get(j);
            double lambda = BoxCox.lambda(sample.values(), sample.size());
            lambdas.add(new FittedBoxCox.Lambda(columns.name(j), lambda, sample.seen(), sample.size()));
        }
        return new FittedBoxCox(lambdas);
    }
}
