package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Fits IMPUTE MEAN (Welford), MEDIAN (KLL) or MODE (frequent items) per column. */
final class ImputeFitter implements StepFitter {

    private final ImputeStrategy strategy;
    private final boolean addIndicator;
    private final StepColumns columns;
    private final NumericColumns numeric;
    private final List<Moments> moments = new ArrayList<>();
    private final List<Quantiles> quantiles = new ArrayList<>();
    private final List<CategoryCounter> counters = new ArrayList<>();

    ImputeFitter(ImputeStrategy strategy, boolean addIndicator, StepColumns columns) {
        this.strategy = strategy;
        this.addIndicator = addIndicator;
        this.columns = columns;
        this.numeric = columns.numeric(StepKind.IMPUTE);
        for (int j = 0; j < columns.size(); j++) {
            switch (strategy) {
                case MEAN -> moments.add(new Moments());
                case MEDIAN -> quantiles.add(new Quantiles());
                default -> counters.add(new CategoryCounter());
            }
        }
    }

    @Override
    public boolean needsRows() {
        return true;
    }

    @Override
    public void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            if (strategy == ImputeStrategy.MODE) {
                String category = values.category(columns.slots()[j]);
                if (category != null) {
                    counters.get(j).add(category);
                }
                continue;
            }
            double x = numeric.read(j, row, values);
            if (!Double.isNaN(x)) {
                if (strategy == ImputeStrategy.MEAN) {
                    moments.get(j).add(x);
                } else {
                    quantiles.get(j).add(x);
                }
            }
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        if (strategy == ImputeStrategy.MODE) {
            return mode(trainRows, problems);
        }
        if (!numeric.check(trainRows, true, problems)) {
            return null;
        }
        List<FittedImpute.Fill> fills = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            double fill = strategy == ImputeStrategy.MEAN ? moments.get(j).mean() : quantiles.get(j).median();
            fills.add(new FittedImpute.Fill(columns.name(j), fill, null));
        }
        return new FittedImpute(strategy, addIndicator, fills);
    }

    private FittedStep mode(long trainRows, List<SpecProblem> problems) {
        List<FittedImpute.Fill> fills = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            if (counters.get(j).isEmpty()) {
                problems.add(new SpecProblem(columns.paths().get(j), "must have values in the train rows for IMPUTE "
                        + "MODE, but none of the " + trainRows + " train rows has one"));
            } else {
                String mode = counters.get(j).byFrequency().get(0).category();
                fills.add(new FittedImpute.Fill(columns.name(j), null, mode));
            }
        }
        return fills.size() == columns.size() ? new FittedImpute(strategy, addIndicator, fills) : null;
    }
}
