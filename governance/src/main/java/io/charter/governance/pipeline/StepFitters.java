package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Makes the fitter of one checked step, its columns resolved against the layout before it. */
final class StepFitters {

    private StepFitters() {
    }

    /**
     * The fitter of {@code steps[index]}; null, with problems added, if its columns do not exist.
     *
     * @param targetField the target's position in the stored rows, or -1 if there is no target
     */
    static StepFitter create(int index, StepSpec step, Layout layout, int targetField, List<SpecProblem> problems) {
        String path = "steps[" + index + "]";
        StepKind kind = StepOptions.kind(step);
        if (kind == StepKind.INTERACTION) {
            return interaction(path, step, layout, problems);
        }
        StepColumns columns = StepColumns.resolve(step.columns(), StepColumns.paths(path, step.columns().size()),
                layout, problems);
        if (columns == null) {
            return null;
        }
        return switch (kind) {
            case IMPUTE -> StepOptions.strategy(step) == ImputeStrategy.CONSTANT
                    ? fixed(new FittedImpute(ImputeStrategy.CONSTANT, StepOptions.addIndicator(step), columns.names()
                    .stream().map(c -> new FittedImpute.Fill(c, null, step.constant().strip())).toList()))
                    : new ImputeFitter(StepOptions.strategy(step), StepOptions.addIndicator(step), columns);
            case CAP -> new CapFitter(step, columns);
            case SCALE -> new ScaleFitter(StepOptions.scaleMethod(step), columns);
            case ONE_HOT -> new OneHotFitter(StepOptions.unknownCategories(step), StepOptions.maxCategories(step),
                    columns);
            case ORDINAL -> step.order() != null
                    ? fixed(new FittedOrdinal(columns.names().stream().map(c -> new FittedOrdinal.Order(c,
                    step.order().stream().map(String::strip).toList())).toList()))
                    : new OrdinalFitter(columns);
            case TARGET_ENCODE -> new TargetEncodeFitter(step.target(), path + ".target", targetField,
                    StepOptions.smoothing(step), columns);
            case LOG -> new LogFitter(columns);
            case BOX_COX -> new BoxCoxFitter(columns);
            case BIN -> new BinFitter(StepOptions.binMethod(step), StepOptions.bins(step), columns);
            case DROP -> fixed(new FittedDrop(columns.names()));
            case INTERACTION -> throw new IllegalStateException("INTERACTION is made above");
        };
    }

    /** INTERACTION reads each distinct column of its pairs once, checking that it holds numbers. */
    private static StepFitter interaction(String path, StepSpec step, Layout layout, List<SpecProblem> problems) {
        Set<String> names = new LinkedHashSet<>();
        List<String> paths = new ArrayList<>();
        for (int j = 0; j < step.pairs().size(); j++) {
            for (int k = 0; k < 2; k++) {
                if (names.add(step.pairs().get(j).get(k))) {
                    paths.add(path + ".pairs[" + j + "][" + k + "]");
                }
            }
        }
        StepColumns columns = StepColumns.resolve(List.copyOf(names), paths, layout, problems);
        return columns == null ? null : new InteractionFitter(step.pairs(), columns);
    }

    /** A step whose parameters the spec gives: no pass over the rows. */
    static StepFitter fixed(FittedStep step) {
        return new StepFitter() {
            @Override
            public boolean needsRows() {
                return false;
            }

            @Override
            public void accept(long row, WorkRow values, String[] fields) {
            }

            @Override
            public FittedStep result(long trainRows, List<SpecProblem> problems) {
                return step;
            }
        };
    }
}
