package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;

/**
 * How often each category occurs in a stream, in bounded memory: DataSketches' frequent-items
 * sketch (Misra &amp; Gries 1982). Counts are exact while the column has at most
 * {@value PipelineSpecs#TRACKED_CATEGORIES} distinct values; beyond that the sketch keeps the
 * frequent ones with bounded error and {@link #exact()} is false.
 */
final class CategoryCounter {

    /** The sketch's map size: a power of two whose ¾ is {@link PipelineSpecs#TRACKED_CATEGORIES}. */
    private static final int MAP_SIZE = PipelineSpecs.TRACKED_CATEGORIES / 3 * 4;

    /** A category and its count (an upper bound once the counter is not exact). */
    record Count(String category, long count) {
    }

    private final ItemsSketch<String> sketch = new ItemsSketch<>(MAP_SIZE);

    void add(String category) {
        sketch.update(category);
    }

    /** False once the column had more distinct values than are tracked. */
    boolean exact() {
        return sketch.getMaximumError() == 0;
    }

    boolean isEmpty() {
        return sketch.isEmpty();
    }

    /** Every tracked category, most frequent first, ties by value so that a fit is reproducible. */
    List<Count> byFrequency() {
        List<Count> counts = new ArrayList<>();
        for (ItemsSketch.Row<String> row : sketch.getFrequentItems(0, ErrorType.NO_FALSE_NEGATIVES)) {
            counts.add(new Count(row.getItem(), row.getEstimate()));
        }
        counts.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::category));
        return counts;
    }
}
