package io.charter.governance.pipeline;

import java.util.List;

/**
 * An INTERACTION step: appends {@code <a>*<b>}, the product of a and b, per pair (seed §3.4, e.g.
 * {@code age*income}); missing in either gives NaN. Learns nothing: fitting only checks that both
 * columns hold numbers.
 *
 * @param pairs the pairs [a, b], in the spec's order
 */
public record FittedInteraction(List<List<String>> pairs) implements FittedStep {

    public FittedInteraction {
        pairs = pairs.stream().map(List::copyOf).toList();
        for (List<String> pair : pairs) {
            if (pair.size() != 2) {
                throw new IllegalArgumentException("pair must have two columns, but is " + pair);
            }
        }
    }

    RowOp compile(Layout layout) {
        int n = pairs.size();
        int[] a = new int[n];
        int[] b = new int[n];
        int[] product = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = layout.slot(pairs.get(i).get(0));
            b[i] = layout.slot(pairs.get(i).get(1));
        }
        for (int i = 0; i < n; i++) {
            product[i] = layout.append(ColumnNames.product(pairs.get(i).get(0), pairs.get(i).get(1)));
        }
        return row -> {
            for (int i = 0; i < n; i++) {
                row.setNumber(product[i], row.number(a[i]) * row.number(b[i]));
            }
        };
    }
}
