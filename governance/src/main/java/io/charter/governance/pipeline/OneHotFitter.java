package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Fits ONE_HOT: each column's categories by train frequency; the most frequent are kept. */
final class OneHotFitter implements StepFitter {

    private final UnknownCategories handleUnknown;
    private final int maxCategories;
    private final StepColumns columns;
    private final List<CategoryCounter> counters = new ArrayList<>();

    OneHotFitter(UnknownCategories handleUnknown, int maxCategories, StepColumns columns) {
        this.handleUnknown = handleUnknown;
        this.maxCategories = maxCategories;
        this.columns = columns;
        for (int j = 0; j < columns.size(); j++) {
            counters.add(new CategoryCounter());
        }
    }

    @Override
    public boolean needsRows() {
        return true;
    }

    @Override
    public void accept(long row, WorkRow values, String[] fields) {
        for (int j = 0; j < columns.size(); j++) {
            String category = values.category(columns.slots()[j]);
            if (category != null) {
                counters.get(j).add(category);
            }
        }
    }

    @Override
    public FittedStep result(long trainRows, List<SpecProblem> problems) {
        List<FittedOneHot.Indicators> indicators = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            CategoryCounter counter = counters.get(j);
            if (counter.isEmpty()) {
                problems.add(new SpecProblem(columns.paths().get(j), "must have values in the train rows for "
                        + "ONE_HOT, but none of the " + trainRows + " train rows has one"));
                continue;
            }
            List<String> ranked = counter.byFrequency().stream().map(CategoryCounter.Count::category).toList();
            List<String> kept = ranked.subList(0, Math.min(maxCategories, ranked.size()));
            List<String> rarer = ranked.subList(kept.size(), ranked.size());
            // once the sketch has dropped categories every value that is not kept counts as other,
            // so listing the survivors would say nothing
            List<String> listed = counter.exact()
                    ? rarer.subList(0, Math.min(PipelineSpecs.LISTED_OTHER_CATEGORIES, rarer.size())) : List.of();
            boolean complete = counter.exact() && listed.size() == rarer.size();
            indicators.add(new FittedOneHot.Indicators(columns.name(j), kept, listed, complete));
        }
        return indicators.size() == columns.size() ? new FittedOneHot(handleUnknown, indicators) : null;
    }
}
