package io.charter.governance.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted ORDINAL step: each column's value becomes its position in the column's order (0, 1,
 * …); a value not in the order becomes -1, a missing value NaN.
 *
 * @param columns each column's order, in the spec's order of columns
 */
public record FittedOrdinal(List<Order> columns) implements FittedStep {

    /** What an unknown value encodes as. */
    public static final double UNKNOWN = -1;

    public FittedOrdinal {
        columns = List.copyOf(columns);
    }

    /**
     * @param column     the encoded column
     * @param categories the categories in order: the spec's, or the train values sorted (numerically if
     *                   all are numbers, else by text)
     */
    public record Order(String column, List<String> categories) {
        public Order {
            Objects.requireNonNull(column, "column");
            categories = List.copyOf(categories);
        }
    }

    RowOp compile(Layout layout) {
        int[] slots = StepCompiler.slots(layout, columns.stream().map(Order::column).toList());
        List<Map<String, Integer>> positions = columns.stream().map(o -> {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < o.categories().size(); i++) {
                index.put(o.categories().get(i), i);
            }
            return index;
        }).toList();
        return row -> {
            for (int i = 0; i < slots.length; i++) {
                String value = row.category(slots[i]);
                double code = value == null ? Double.NaN : positions.get(i).getOrDefault(value, -1);
                row.setNumber(slots[i], code);
            }
        };
    }
}
