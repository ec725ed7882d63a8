package io.charter.governance.data.parquet;

import java.util.Objects;

/**
 * One column of an accepted Parquet file as its schema declares it, kept with the dataset version
 * so that the original types stay known after the values became CSV text.
 *
 * @param name         the field name, as written in the CSV header
 * @param physicalType the Parquet physical type, e.g. {@code INT64}, {@code BYTE_ARRAY}, {@code INT96}
 * @param logicalType  the Parquet logical type annotation as parquet-java prints it, e.g.
 *                     {@code STRING}, {@code TIMESTAMP(MICROS,true)}, {@code DECIMAL(10,2)};
 *                     empty when the column has none
 * @param nullable     true if the column is {@code optional} (may hold nulls)
 */
public record ParquetColumn(String name, String physicalType, String logicalType, boolean nullable) {

    public ParquetColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(physicalType, "physicalType");
        Objects.requireNonNull(logicalType, "logicalType");
    }
}
