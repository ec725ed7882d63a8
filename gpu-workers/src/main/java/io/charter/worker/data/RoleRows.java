package io.charter.worker.data;

import io.charter.governance.data.split.SplitRole;
import java.util.Map;

/**
 * The rows of one split role: their model-ready vectors and the raw values of the columns asked
 * for (the target, protected attributes, the pipeline's inputs), all in file order.
 *
 * @param role the role the rows have
 * @param rows 0-based data row indexes
 * @param x    one pipeline vector per row
 * @param raw  column name → one stored field per row
 */
public record RoleRows(SplitRole role, long[] rows, double[][] x, Map<String, String[]> raw) {

    public RoleRows {
        raw = Map.copyOf(raw);
    }

    public int size() {
        return rows.length;
    }

    /** The raw fields of {@code column}; it must have been asked for when reading. */
    public String[] column(String column) {
        String[] values = raw.get(column);
        if (values == null) {
            throw new IllegalArgumentException("column \"" + column + "\" was not read; read were " + raw.keySet());
        }
        return values;
    }
}
