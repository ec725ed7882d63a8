/**
 * Acceptance scan of uploaded tabular datasets: {@link io.charter.governance.data.CsvScanner}
 * reads a CSV file once, in bounded memory, rejects anything that is not RFC 4180 CSV in strict
 * UTF-8 with a {@link io.charter.governance.data.DataFormatException} naming the row and column,
 * and infers one {@link io.charter.governance.data.ColumnType} per column.
 *
 * <p>The server runs the scan between the upload's temporary file and object storage, so a dataset
 * version that is stored has already been proven parseable. Data flows
 * {@code InputStream → StrictUtf8Reader → Rfc4180Guard → Commons CSV → ColumnProfile}; the two
 * readers in front of the parser exist so that encoding errors, unbalanced quotes and oversized
 * fields are reported with the exact row and never buffered without limit.
 */
package io.charter.governance.data;
