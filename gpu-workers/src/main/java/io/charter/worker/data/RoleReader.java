package io.charter.worker.data;

import io.charter.governance.data.RowSource;
import io.charter.governance.data.split.SplitAssignment;
import io.charter.governance.data.split.SplitRole;
import io.charter.governance.pipeline.FittedPipeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of one role of one fold (docs/worker-protocol.md: rows are the CSV's data rows,
 * 0-based, in file order; the split assignment gives each its role). Two streaming passes: one
 * for the raw columns, then {@link FittedPipeline#transformAll} for the vectors, so only the
 * role's rows are held in memory.
 */
public final class RoleReader {

    private final RowSource source;
    private final SplitAssignment split;
    private final int fold;
    private final FittedPipeline pipeline;

    public RoleReader(RowSource source, SplitAssignment split, int fold, FittedPipeline pipeline) {
        this.source = source;
        this.split = split;
        this.fold = fold;
        this.pipeline = pipeline;
    }

    /** Rows of {@code role} in the split (without reading the table). */
    public long count(SplitRole role) {
        return split.count(role, fold);
    }

    /**
     * @param rawColumns columns whose stored fields are kept (each must be in the header)
     * @throws BadDataException if a column is absent or the split does not cover the table
     */
    public RoleRows read(SplitRole role, Collection<String> rawColumns) throws IOException {
        List<String> header = source.header();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (String column : new LinkedHashSet<>(rawColumns)) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new BadDataException("column \"" + column + "\" must be in the data, whose columns are " + header);
            }
            positions.put(column, index);
        }
        int n = Math.toIntExact(count(role));
        long[] rows = new long[n];
        Map<String, List<String>> values = new LinkedHashMap<>();
        positions.keySet().forEach(c -> values.put(c, new ArrayList<>(n)));
        int[] next = {0};
        source.forEach((row, fields) -> {
            if (hasRole(row, role)) {
                rows[next[0]++] = row;
                positions.forEach((column, index) -> values.get(column).add(fields[index]));
            }
        });
        if (next[0] != n) {
            throw new BadDataException("the split assigns " + n + " " + role + " rows in fold " + fold + ", but the data "
                    + "has " + next[0] + " of them: the split was planned on other data");
        }
        double[][] x = new double[n][];
        int[] at = {0};
        pipeline.transformAll(source, row -> hasRole(row, role), (row, vector) -> x[at[0]++] = vector);
        Map<String, String[]> raw = new LinkedHashMap<>();
        values.forEach((column, list) -> raw.put(column, list.toArray(String[]::new)));
        return new RoleRows(role, rows, x, raw);
    }

    private boolean hasRole(long row, SplitRole role) {
        if (row >= split.rows()) {
            throw new BadDataException("the split covers " + split.rows() + " rows, but the data has more: the split "
                    + "was planned on other data");
        }
        return split.role(row, fold) == role;
    }
}
