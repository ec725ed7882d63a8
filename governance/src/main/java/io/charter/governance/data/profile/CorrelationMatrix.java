package io.charter.governance.data.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A symmetric matrix of pairwise association between columns, with {@code null} wherever the
 * measure is undefined (e.g. a constant column, or fewer than two rows where both are present).
 *
 * @param columns  the columns, in file order; row and column {@code i} of {@code values} are {@code columns[i]}
 * @param values   the square matrix
 * @param method   how it was computed, including caps and sample sizes, for display
 * @param rowsUsed rows the computation read: every row for Pearson, the sample for Cramér's V
 */
public record CorrelationMatrix(List<String> columns, List<List<Double>> values, String method, long rowsUsed) {

    public CorrelationMatrix {
        columns = List.copyOf(columns);
        values = values.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        int size = columns.size();
        if (values.size() != size || values.stream().anyMatch(row -> row.size() != size)) {
            throw new IllegalArgumentException("values must be a " + size + "×" + size + " matrix, but got "
                    + values.size() + " rows");
        }
    }
}
