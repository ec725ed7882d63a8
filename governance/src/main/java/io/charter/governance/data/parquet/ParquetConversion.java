package io.charter.governance.data.parquet;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ParquetToCsv#convert} read: the file's columns with their Parquet types, how many
 * data rows it wrote as CSV, and the writer that made the file (provenance for the dataset
 * version).
 *
 * @param columns   the columns in file (and CSV header) order
 * @param rows      data rows written, the header not counted
 * @param rowGroups row groups read
 * @param createdBy the file's {@code created_by} footer field (e.g. {@code parquet-cpp-arrow version 26.0.1}),
 *                  empty when the writer left it out
 */
public record ParquetConversion(List<ParquetColumn> columns, long rows, int rowGroups, String createdBy) {

    public ParquetConversion {
        columns = List.copyOf(columns);
        Objects.requireNonNull(createdBy, "createdBy");
    }

    /** The column names in order, as in the CSV header. */
    public List<String> header() {
        return columns.stream().map(ParquetColumn::name).toList();
    }
}
