package io.charter.governance.data;

import java.util.List;

/**
 * What the scan learned about an accepted file: one summary per column, in header order, and the
 * number of data rows (the header is not counted; blank lines at the end of the file are not rows).
 */
public record CsvSummary(List<ColumnSummary> columns, long rows) {

    public CsvSummary {
        columns = List.copyOf(columns);
    }
}
