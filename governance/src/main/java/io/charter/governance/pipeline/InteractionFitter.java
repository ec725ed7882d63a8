package io.charter.governance.pipeline;

import java.util.List;

/** INTERACTION learns nothing; its pass checks that the columns hold numbers. */
final class InteractionFitter implements StepFitter {

    private final List<List<String>> pairs;
    private final StepColumns columns;
    private final NumericColumns numeric;

    InteractionFitter(List<List<String>> pairs, StepColumns columns) {
        this.pairs = pairs;
        this.columns = columns;
        this.numeric = columns.numeric(StepKind.INTERACTION);
    }

    @Override
    public boolean needsRows() {
        return true;
    }

    @Override
    public void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            numeric.read(j, row, values);
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        return numeric.check(trainRows, false, problems) ? new FittedInteraction(pairs) : null;
    }
}
