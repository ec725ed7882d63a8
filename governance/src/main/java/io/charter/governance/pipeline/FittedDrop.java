package io.charter.governance.pipeline;

import java.util.List;

/**
 * A DROP step: the columns leave the layout; later steps cannot read them and the output does
 * not hold them.
 *
 * @param columns the removed columns
 */
public record FittedDrop(List<String> columns) implements FittedStep {

    public FittedDrop {
        columns = List.copyOf(columns);
    }

    RowOp compile(Layout layout) {
        columns.forEach(layout::remove);
        return RowOp.NONE;
    }
}
