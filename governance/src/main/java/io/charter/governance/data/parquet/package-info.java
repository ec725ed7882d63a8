/**
 * Parquet uploads: {@link io.charter.governance.data.parquet.ParquetToCsv} checks an uploaded
 * Apache Parquet file and converts it into the platform's canonical CSV (RFC 4180, UTF-8, comma,
 * header), which the server stores beside the original; from then on the dataset version is read
 * like any uploaded CSV, through {@link io.charter.governance.data.RowSource}.
 *
 * <p>Data flows {@code file → ParquetEnvelope (magic, footer length) → parquet-java footer →
 * RowMaterializer (flat schema, one ColumnText per column) → ParquetLimits checks → row group by row
 * group → Commons CSV}. Problems the user can fix are
 * {@link io.charter.governance.data.DataFormatException}s worded like the CSV scan's; nested
 * columns are refused by name rather than flattened. The result,
 * {@link io.charter.governance.data.parquet.ParquetConversion}, keeps the Parquet types of the
 * columns and the writer's name as provenance.
 *
 * <p>parquet-java (not parquet-avro) reads the file through its own {@code LocalInputFile}; its
 * reader still loads a few Hadoop classes, so a trimmed set of Hadoop jars is on the class path
 * (see governance/pom.xml). Codecs: uncompressed, SNAPPY, GZIP, ZSTD, LZ4_RAW; BROTLI, LZO and the
 * deprecated Hadoop-framed LZ4 are refused with a message.
 */
package io.charter.governance.data.parquet;
