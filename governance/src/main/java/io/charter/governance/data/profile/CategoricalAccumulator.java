package io.charter.governance.data.profile;

import io.charter.governance.data.ColumnType;
import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.hll.HllSketch;

/**
 * Constant-size state of a non-numeric column: exact counts, a HyperLogLog distinct estimate and,
 * for columns whose values are categories (CATEGORICAL, BOOLEAN, TEXT), a frequent-items sketch
 * (Misra &amp; Gries 1982, as in DataSketches {@code ItemsSketch}) for the most common values.
 * ID and DATETIME columns keep no frequent items: every ID is unique, and dates are not labels.
 */
final class CategoricalAccumulator {

    private final ColumnSpec spec;
    private final HllSketch distinct = SketchSettings.newColumnDistinctSketch();
    private final ItemsSketch<String> frequent;
    private long count;
    private long missing;

    CategoricalAccumulator(ColumnSpec spec) {
        this.spec = spec;
        this.frequent = switch (spec.type()) {
            case CATEGORICAL, BOOLEAN -> new ItemsSketch<>(SketchSettings.CATEGORY_MAP_SIZE);
            case TEXT -> new ItemsSketch<>(SketchSettings.TEXT_MAP_SIZE);
            default -> null;
        };
    }

    /** Takes one cleaned value ({@link Cells#clean}), null meaning missing. */
    void accept(String value) {
        if (value == null) {
            missing++;
            return;
        }
        count++;
        distinct.update(value);
        if (frequent != null) {
            frequent.update(Cells.categoryKey(value));
        }
    }

    /**
     * Up to {@code limit} most frequent values, most frequent first (ties by value), with their
     * estimated counts (upper bounds; exact below {@link SketchSettings#EXACT_FREQUENT_ITEMS}
     * distinct values) and share of non-missing values. Empty for ID and DATETIME columns.
     */
    List<CategoryCount> top(int limit) {
        if (frequent == null || frequent.isEmpty()) {
            return List.of();
        }
        List<ItemsSketch.Row<String>> rows = new ArrayList<>(
                List.of(frequent.getFrequentItems(0, ErrorType.NO_FALSE_NEGATIVES)));
        rows.sort((a, b) -> a.getEstimate() != b.getEstimate() ? Long.compare(b.getEstimate(), a.getEstimate())
                : a.getItem().compareTo(b.getItem()));
        return rows.stream().limit(limit)
                .map(r -> new CategoryCount(r.getItem(), r.getEstimate(), (double) r.getEstimate() / count))
                .toList();
    }

    long count() {
        return count;
    }

    ColumnType type() {
        return spec.type();
    }

    ColumnProfileResult result(long rows) {
        List<CategoryCount> top = frequent == null ? null : top(SketchSettings.TOP_CATEGORIES);
        return new ColumnProfileResult(spec.name(), spec.type(), count, missing,
                NumericAccumulator.percent(missing, rows), Math.round(distinct.getEstimate()), null, null, null, null,
                null, null, top, null, null, null, null);
    }
}
