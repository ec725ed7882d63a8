package io.charter.governance.pipeline;

import java.util.List;

/** LOG learns nothing; its pass checks that every train value is a number ≥ 0. */
final class LogFitter implements StepFitter {

    private final StepColumns columns;
    private final NumericColumns numeric;

    LogFitter(StepColumns columns) {
        this.columns = columns;
        this.numeric = columns.numeric(StepKind.LOG);
    }

    @Override
    public boolean needsRows() {
        return true;
    }

    @Override
    public void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            double x = numeric.read(j, row, values);
            if (x < 0) {
                numeric.refuse(j, row, x, "must be ≥ 0 in every train row for LOG (log1p)");
            }
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        return numeric.check(trainRows, false, problems) ? new FittedLog(columns.names()) : null;
    }
}
