package io.charter.governance.pipeline;

import java.util.List;

/** Fits ONE_HOT: each column's categories by train frequency; the most frequent are kept. */
final class OneHotFitter extends CategoryFitter<FittedOneHot.Indicators> {

    private final UnknownCategories handleUnknown;
    private final int maxCategories;

    OneHotFitter(UnknownCategories handleUnknown, int maxCategories, StepColumns columns) {
        super(columns, "ONE_HOT");
        this.handleUnknown = handleUnknown;
        this.maxCategories = maxCategories;
    }

    @Override
    FittedOneHot.Indicators column(int j, CategoryCounter counter) {
        List<String> ranked = counter.byFrequency().stream().map(CategoryCounter.Count::category).toList();
        List<String> kept = ranked.subList(0, Math.min(maxCategories, ranked.size()));
        List<String> rarer = ranked.subList(kept.size(), ranked.size());
        // once the sketch has dropped categories every value that is not kept counts as other,
        // so listing the survivors would say nothing
        List<String> listed = counter.exact()
                ? rarer.subList(0, Math.min(PipelineSpecs.LISTED_OTHER_CATEGORIES, rarer.size())) : List.of();
        boolean complete = counter.exact() && listed.size() == rarer.size();
        return new FittedOneHot.Indicators(columns.name(j), kept, listed, complete);
    }

    @Override
    FittedStep fitted(List<FittedOneHot.Indicators> indicators) {
        return new FittedOneHot(handleUnknown, indicators);
    }
}
