package io.charter.governance.data.profile;

import io.charter.governance.data.CsvExport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A profile as a spreadsheet: one row per column with its counts, moments, quartiles, outliers and
 * top categories. Category values come from the data, so the export goes through {@link CsvExport},
 * which defuses formula-looking cells.
 */
public final class ProfileCsv {

    /** The header, in order; quantile columns are those of {@link KllStatistics}. */
    static final List<String> HEADER = List.of("column", "type", "count", "missing", "missing_pct", "distinct",
            "min", "max", "mean", "std", "p01", "p05", "p25", "p50", "p75", "p95", "p99", "zeros", "outliers_iqr",
            "outliers_z", "skewness", "top_categories");

    private ProfileCsv() {
    }

    /** Writes the profile's columns as CSV to {@code out} and closes it. */
    public static void write(DatasetProfile profile, OutputStream out) throws IOException {
        try (CsvExport csv = CsvExport.to(out)) {
            csv.row(HEADER);
            for (ColumnProfileResult c : profile.columns()) {
                csv.row(row(c));
            }
        }
    }

    private static List<Object> row(ColumnProfileResult c) {
        List<Object> row = new ArrayList<>(List.of(c.name(), c.type(), c.count(), c.missing(), c.missingPct(),
                c.distinctEstimate()));
        row.add(c.min());
        row.add(c.max());
        row.add(c.mean());
        row.add(c.std());
        Map<String, Double> q = c.quantiles() == null ? Map.of() : c.quantiles();
        for (String name : HEADER.subList(10, 17)) {
            row.add(q.get(name));
        }
        row.add(c.zeros());
        row.add(c.outliersIqr());
        row.add(c.outliersZ());
        row.add(c.skewness());
        row.add(c.topCategories() == null ? null : c.topCategories().stream()
                .map(t -> t.value() + " (" + t.count() + ")").collect(Collectors.joining("; ")));
        return row;
    }
}
