package io.charter.governance.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted TARGET_ENCODE step (Micci-Barreca 2001, "A preprocessing scheme for high-cardinality
 * categorical attributes"): a category becomes {@code (n·mean + m·prior) / (n + m)}, its mean
 * target over its n train rows shrunk towards the prior (the mean target of all train rows) with
 * weight m, the smoothing. A category the train rows never had becomes the prior; a missing value
 * stays NaN. Only train rows with a target count.
 *
 * <p>The encoding of a train row includes that row's own target; a model may overfit rare
 * categories on train data. Smoothing limits this; out-of-fold encoding is not done here.
 *
 * @param target     the target column
 * @param smoothing  m, in rows
 * @param prior      the mean target of the train rows that have one
 * @param targetRows how many train rows have a target
 * @param columns    each column's encoding, in the spec's order
 */
public record FittedTargetEncode(String target, double smoothing, double prior, long targetRows,
                                 List<Encoding> columns) implements FittedStep {

    public FittedTargetEncode {
        Objects.requireNonNull(target, "target");
        columns = List.copyOf(columns);
    }

    /**
     * @param column   the encoded column
     * @param levels   every category's statistics and encoding, most frequent first
     * @param complete false if the column had more categories than are tracked (see
     *                 {@link PipelineSpecs#TRACKED_CATEGORIES}); the categories first met after
     *                 that encode as the prior
     */
    public record Encoding(String column, List<Level> levels, boolean complete) {
        public Encoding {
            Objects.requireNonNull(column, "column");
            levels = List.copyOf(levels);
        }
    }

    /**
     * @param category the category
     * @param count    its train rows with a target
     * @param mean     their mean target
     * @param value    what the category encodes as
     */
    public record Level(String category, long count, double mean, double value) {
        public Level {
            Objects.requireNonNull(category, "category");
        }
    }

    /** The smoothed encoding of a category with {@code count} rows of mean target {@code mean}. */
    static double encode(long count, double mean, double prior, double smoothing) {
        return (count * mean + smoothing * prior) / (count + smoothing);
    }

    RowOp compile(Layout layout) {
        int[] slots = StepCompiler.slots(layout, columns.stream().map(Encoding::column).toList());
        List<Map<String, Double>> values = columns.stream().map(e -> {
            Map<String, Double> byCategory = new HashMap<>();
            e.levels().forEach(l -> byCategory.put(l.category(), l.value()));
            return byCategory;
        }).toList();
        return row -> {
            for (int i = 0; i < slots.length; i++) {
                String value = row.category(slots[i]);
                row.setNumber(slots[i], value == null ? Double.NaN : values.get(i).getOrDefault(value, prior));
            }
        };
    }
}
