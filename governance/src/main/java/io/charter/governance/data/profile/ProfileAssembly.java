package io.charter.governance.data.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.datasketches.hll.HllSketch;

/** Turns the finished state of a {@link ProfileRun} into a {@link DatasetProfile}. */
final class ProfileAssembly {

    /** Categorical columns in the Cramér's V matrix; the sample costs 4 bytes per row and column. */
    static final int MAX_CRAMER_COLUMNS = 30;

    private final ProfileRequest request;
    private final long rows;
    private final List<ColumnProfileResult> columns;

    ProfileAssembly(ProfileRequest request, long rows, List<ColumnProfileResult> columns) {
        this.request = request;
        this.rows = rows;
        this.columns = List.copyOf(columns);
    }

    DatasetProfile profile(CorrelationMatrix pearson, CorrelationMatrix cramersV, HllSketch distinctRows,
                           TargetTracker target, RepresentationTracker representation) {
        TargetBalance balance = target == null ? null
                : target.balance(columns.get(request.indexOf(request.targetColumn())));
        String positiveClass = target == null ? null : target.positiveClass();
        List<GroupRepresentation> groups = representation.results(positiveClass, request.minGroupShare());
        List<Warning> warnings = new ArrayList<>(WarningRules.forColumns(columns, rows));
        warnings.addAll(WarningRules.forGroups(groups, request.minGroupShare()));
        warnings.addAll(WarningRules.forTarget(balance));
        return new DatasetProfile(rows, columns.size(), columns, pearson, cramersV, duplicateRows(distinctRows),
                duplicateMethod(distinctRows), balance, groups, warnings, sampleNote(cramersV));
    }

    /** Cramér's V over the sample, each column's levels its most frequent values over the whole file. */
    CorrelationMatrix cramersV(CategoricalSample sample, int[] sampledColumns, CategoricalAccumulator[] accumulators,
                               int categoricalColumns) {
        List<String> names = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        for (int c : sampledColumns) {
            names.add(request.columns().get(c).name());
            levels.add(accumulators[c].top(CramersV.MAX_LEVELS).stream().map(CategoryCount::value).toList());
        }
        String method = sampledColumns.length == 0 ? "Cramér's V: the file has no CATEGORICAL or BOOLEAN columns"
                : String.format(Locale.ROOT, "Cramér's V with Bergsma's bias correction on a uniform sample of %d "
                + "of %d rows (Vitter's Algorithm R, seed %d), top %d categories per column, the rest pooled as "
                + "other", sample.size(), rows, CategoricalSample.SEED, CramersV.MAX_LEVELS)
                + (categoricalColumns > sampledColumns.length ? "; capped at the first " + sampledColumns.length
                + " of " + categoricalColumns + " categorical columns" : "");
        return CramersV.matrix(sample, names, levels, method);
    }

    private Long duplicateRows(HllSketch distinctRows) {
        return Math.max(0, rows - Math.round(distinctRows.getEstimate()));
    }

    private String duplicateMethod(HllSketch distinctRows) {
        long low = Math.max(0, rows - Math.round(distinctRows.getUpperBound(2)));
        long high = Math.max(0, rows - Math.round(distinctRows.getLowerBound(2)));
        return String.format(Locale.ROOT, "rows minus a HyperLogLog estimate (lgK=%d) of distinct 64-bit row "
                + "hashes over the raw fields; relative standard error %.2f%% of the distinct count, "
                + "duplicates between %d and %d at two standard errors", SketchSettings.ROW_HLL_LG_K,
                100 * SketchSettings.ROW_HLL_RSE, low, high);
    }

    private String sampleNote(CorrelationMatrix cramersV) {
        return cramersV.columns().isEmpty() || cramersV.rowsUsed() >= rows
                ? "Every statistic uses all " + rows + " rows (quantiles, distinct counts and duplicates are "
                + "sketch estimates, see their descriptions)."
                : "Cramér's V uses a uniform sample of " + cramersV.rowsUsed() + " of " + rows
                + " rows; every other statistic uses all rows (quantiles, distinct counts and duplicates "
                + "are sketch estimates, see their descriptions).";
    }
}
