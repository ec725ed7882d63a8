package io.charter.governance.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A fitted ONE_HOT step: each column is replaced, where it stood, by an indicator
 * {@code <col>=<category>} per kept category and, if the train rows had rarer ones,
 * {@code <col>=__other__}. A row's value sets its indicator to 1 and the others to 0; a missing
 * value sets all of them to NaN (missing stays missing, as everywhere); a value the train rows
 * never had is handled as {@code handleUnknown} says.
 *
 * @param handleUnknown what an unseen value does
 * @param columns       each column's categories, in the spec's order
 */
public record FittedOneHot(UnknownCategories handleUnknown, List<Indicators> columns) implements FittedStep {

    public FittedOneHot {
        Objects.requireNonNull(handleUnknown, "handleUnknown");
        columns = List.copyOf(columns);
    }

    /**
     * @param column        the encoded column
     * @param categories    the kept categories, most frequent first (ties by value); one indicator each
     * @param other         the rarer train categories, which set {@code <col>=__other__}, most
     *                      frequent first; at most {@value PipelineSpecs#LISTED_OTHER_CATEGORIES},
     *                      and none if the column had more than
     *                      {@value PipelineSpecs#TRACKED_CATEGORIES} distinct values
     * @param otherComplete false if {@code other} does not list every rarer train category; then
     *                      every value that is not a kept category counts as other, and none is unknown
     */
    public record Indicators(String column, List<String> categories, List<String> other, boolean otherComplete) {
        public Indicators {
            Objects.requireNonNull(column, "column");
            categories = List.copyOf(categories);
            other = List.copyOf(other);
            Set<String> all = new HashSet<>(categories);
            all.addAll(other);
            if (all.size() != categories.size() + other.size()) {
                throw new IllegalArgumentException("categories and other of \"" + column + "\" must be distinct, but "
                        + "repeat a value: " + categories + " " + other);
            }
        }

        /** True if the column gets a {@code <col>=__other__} indicator. */
        boolean hasOther() {
            return !other.isEmpty() || !otherComplete;
        }

        List<String> outputColumns() {
            List<String> names = new ArrayList<>(categories.stream()
                    .map(c -> ColumnNames.category(column, c)).toList());
            if (hasOther()) {
                names.add(ColumnNames.category(column, ColumnNames.OTHER));
            }
            return names;
        }
    }

    RowOp compile(Layout layout) {
        List<RowOp> ops = new ArrayList<>();
        for (Indicators c : columns) {
            int slot = layout.slot(c.column());
            ops.add(encoder(c, slot, layout.replace(c.column(), c.outputColumns())));
        }
        return row -> ops.forEach(op -> op.apply(row));
    }

    private RowOp encoder(Indicators c, int slot, int[] indicators) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < c.categories().size(); i++) {
            index.put(c.categories().get(i), i);
        }
        Set<String> other = Set.copyOf(c.other());
        int otherIndex = c.hasOther() ? indicators.length - 1 : -1;
        boolean error = handleUnknown == UnknownCategories.ERROR;
        return row -> {
            String value = row.category(slot);
            double[] out = new double[indicators.length];
            if (value == null) {
                Arrays.fill(out, Double.NaN);
            } else if (index.containsKey(value)) {
                out[index.get(value)] = 1;
            } else if (otherIndex >= 0 && (!c.otherComplete() || other.contains(value))) {
                out[otherIndex] = 1;
            } else if (error) {
                throw new UnknownCategoryException(c.column(), value, c.categories().size() + other.size());
            }
            for (int i = 0; i < indicators.length; i++) {
                row.setNumber(indicators[i], out[i]);
            }
        };
    }
}
