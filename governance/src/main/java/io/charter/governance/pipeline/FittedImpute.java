package io.charter.governance.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A fitted IMPUTE step: the value each column's missing values become. MEAN and MEDIAN fill a
 * number and treat anything that is not a number as missing; MODE and CONSTANT fill text (the
 * value as a field would spell it) and treat only missing values as missing. With
 * {@code addIndicator}, {@code <col>_missing} right after the column is 1 where a value was filled.
 *
 * @param strategy     how the fill values were chosen
 * @param addIndicator whether each column gets a {@code <col>_missing} 0/1 column
 * @param columns      the fill value of each column, in the spec's order
 */
public record FittedImpute(ImputeStrategy strategy, boolean addIndicator, List<Fill> columns)
        implements FittedStep {

    public FittedImpute {
        Objects.requireNonNull(strategy, "strategy");
        columns = List.copyOf(columns);
    }

    /**
     * One column's fill value: {@code number} for MEAN and MEDIAN, {@code text} for MODE and CONSTANT.
     *
     * @param column the column
     * @param number the numeric fill value, or null
     * @param text   the textual fill value, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fill(String column, Double number, String text) {
        public Fill {
            Objects.requireNonNull(column, "column");
            if ((number == null) == (text == null)) {
                throw new IllegalArgumentException("fill of \"" + column + "\" must have a number or a text, "
                        + "not both or neither, but has number " + number + " and text " + text);
            }
            if (number != null && !Double.isFinite(number)) {
                throw new IllegalArgumentException("fill of \"" + column + "\" must be finite, but is " + number);
            }
        }
    }

    RowOp compile(Layout layout) {
        int n = columns.size();
        int[] slots = StepCompiler.slots(layout, columns.stream().map(Fill::column).toList());
        int[] indicators = new int[n];
        for (int i = 0; i < n; i++) {
            String column = columns.get(i).column();
            indicators[i] = addIndicator ? layout.insertAfter(column, ColumnNames.missingIndicator(column)) : -1;
        }
        boolean numeric = strategy == ImputeStrategy.MEAN || strategy == ImputeStrategy.MEDIAN;
        List<Fill> fills = columns;
        return row -> {
            for (int i = 0; i < n; i++) {
                int slot = slots[i];
                boolean missing = numeric ? Double.isNaN(row.number(slot)) : row.isMissing(slot);
                if (missing) {
                    Fill fill = fills.get(i);
                    if (fill.number() != null) {
                        row.setNumber(slot, fill.number());
                    } else {
                        row.setText(slot, fill.text());
                    }
                }
                if (indicators[i] >= 0) {
                    row.setNumber(indicators[i], missing ? 1 : 0);
                }
            }
        };
    }
}
