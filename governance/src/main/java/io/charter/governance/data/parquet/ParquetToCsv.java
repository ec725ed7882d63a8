package io.charter.governance.data.parquet;

import io.charter.governance.data.DataFormatException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopCodecs;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Accepts an uploaded Parquet file by converting it into the platform's canonical CSV: RFC 4180,
 * UTF-8 without byte order mark, comma-separated, CRLF line ends, a header naming the columns. The
 * server stores the CSV beside the original, and every later stage (scan, profiling, validation,
 * splits) reads the CSV through {@link io.charter.governance.data.RowSource} as it reads any
 * uploaded CSV.
 *
 * <p><b>Checks</b>, in order, each a {@link DataFormatException} the user can act on: the file's
 * frame ({@code PAR1} at both ends, a footer that fits: see {@link ParquetEnvelope}); the footer
 * decodes; the schema is a flat table of supported types with non-empty, unique names
 * ({@link RowMaterializer}); the {@link ParquetLimits} on rows, columns and row-group size; every
 * column chunk lies inside the file and uses a codec this build can decompress (uncompressed,
 * SNAPPY, GZIP, ZSTD, LZ4_RAW); then, while converting, every value (strict UTF-8, field length,
 * valid dates and times). Value forms are listed in {@link ColumnText}. Nulls are empty fields
 * (NA in a one-column table: see {@link RowMaterializer#missingValue}).
 *
 * <p><b>Memory</b>: one row group at a time, as parquet-java reads it: its stored column chunks,
 * then one decompressed page per column. {@link ParquetLimits#maxRowGroupBytes} bounds both the
 * stored row group and each page's declared decompressed size ({@link PageSizeGuard}); rows are
 * written as they are assembled, through a buffered writer.
 *
 * <p><b>Hadoop</b>: parquet-java's reader still loads Hadoop's {@code Configuration} and compression
 * codec classes, and {@code ParquetInputFormat}, even for a local file; the build carries only
 * those Hadoop jars, without Hadoop's own dependencies (see governance/pom.xml). No Hadoop file
 * system is used: the file is read through parquet-java's {@link LocalInputFile}.
 */
public final class ParquetToCsv {

    /** The codecs whose decompressors work without native Hadoop libraries or extra jars. */
    private static final Set<CompressionCodecName> READABLE_CODECS = EnumSet.of(CompressionCodecName.UNCOMPRESSED,
            CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD,
            CompressionCodecName.LZ4_RAW);

    private ParquetToCsv() {
    }

    /** {@link #convert(Path, OutputStream, ParquetLimits)} with {@link ParquetLimits#defaults()}. */
    public static ParquetConversion convert(Path parquetFile, OutputStream csvOut)
            throws IOException, DataFormatException {
        return convert(parquetFile, csvOut, ParquetLimits.defaults());
    }

    /**
     * Checks {@code parquetFile} and writes it to {@code csvOut} as CSV. Nothing is written before
     * the file's frame, footer, schema and limits have been checked; a problem found in the values
     * later leaves a partial CSV behind, which the caller discards. {@code csvOut} is flushed, not
     * closed: the caller opened it.
     *
     * @throws DataFormatException if the file is not a Parquet file the platform can read, naming
     *                             the row (1-based, 0 for the file or schema) and column when known
     * @throws IOException         if the file cannot be opened at all or writing {@code csvOut} fails
     */
    public static ParquetConversion convert(Path parquetFile, OutputStream csvOut, ParquetLimits limits)
            throws IOException, DataFormatException {
        Objects.requireNonNull(parquetFile, "parquetFile");
        Objects.requireNonNull(csvOut, "csvOut");
        Objects.requireNonNull(limits, "limits");
        long footerStart = ParquetEnvelope.check(parquetFile);
        try (ParquetFileReader reader = open(parquetFile, limits)) {
            FileMetaData file = reader.getFooter().getFileMetaData();
            MessageType schema = file.getSchema();
            RowMaterializer rows = RowMaterializer.of(schema, limits);
            long rowCount = checkRowGroups(reader.getRowGroups(), schema, footerStart, limits);
            List<ParquetColumn> columns = describe(schema);
            CSVPrinter csv = CSVFormat.RFC4180.print(
                    new BufferedWriter(new OutputStreamWriter(csvOut, StandardCharsets.UTF_8)));
            csv.printRecord(columns.stream().map(ParquetColumn::name));
            long written = copyRows(reader, schema, rows, csv);
            csv.flush();
            if (written != rowCount) {
                throw Problems.file("Parquet file is damaged: its footer counts " + rowCount + " rows, but "
                        + written + " were read");
            }
            String createdBy = file.getCreatedBy() == null ? "" : file.getCreatedBy();
            return new ParquetConversion(columns, written, reader.getRowGroups().size(), createdBy);
        }
    }

    /**
     * Reads the footer. Page checksums are verified where the writer stored them, and no page may
     * declare more decompressed bytes than a whole row group may hold ({@link PageSizeGuard}).
     */
    private static ParquetFileReader open(Path file, ParquetLimits limits) throws IOException, DataFormatException {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        ParquetReadOptions options = ParquetReadOptions.builder(conf)
                .usePageChecksumVerification(true)
                .withCodecFactory(new PageSizeGuard(HadoopCodecs.newFactory(conf, 0), limits.maxRowGroupBytes()))
                .build();
        try {
            return ParquetFileReader.open(new LocalInputFile(file), options);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Problems.file("Parquet file is damaged: its footer cannot be read", e);
        }
    }

    /**
     * Checks the row groups against the limits and the file's extent before any is read, so that a
     * footer announcing more data than the file holds is refused without allocating for it.
     *
     * @return the total number of rows
     */
    private static long checkRowGroups(List<BlockMetaData> groups, MessageType schema, long footerStart,
                                       ParquetLimits limits) throws DataFormatException {
        long rows = 0;
        for (int g = 0; g < groups.size(); g++) {
            BlockMetaData group = groups.get(g);
            String which = "row group " + (g + 1) + " of " + groups.size();
            if (group.getRowCount() < 0 || group.getColumns().size() != schema.getFieldCount()) {
                throw Problems.file("Parquet file is damaged: " + which + " does not match the schema");
            }
            if (group.getCompressedSize() > limits.maxRowGroupBytes()) {
                throw Problems.file(which + " holds " + group.getCompressedSize() + " bytes, but at most "
                        + limits.maxRowGroupBytes() + " are accepted per row group; write the file with smaller "
                        + "row groups (e.g. pyarrow row_group_size, Spark parquet.block.size)");
            }
            for (int c = 0; c < group.getColumns().size(); c++) {
                checkChunk(group.getColumns().get(c), c + 1, schema.getType(c), which, footerStart);
            }
            rows += group.getRowCount();
            if (rows > limits.maxRows()) {
                throw Problems.file("file has more than " + limits.maxRows() + " rows, the most accepted");
            }
        }
        if (rows == 0) {
            throw new DataFormatException("file has columns but no data rows", 1, 0, null);
        }
        return rows;
    }

    private static void checkChunk(ColumnChunkMetaData chunk, int column, Type type, String group, long footerStart)
            throws DataFormatException {
        long start = chunk.getStartingPos();
        long size = chunk.getTotalSize();
        if (start < 4 || size <= 0 || size > footerStart - start) {
            throw Problems.column(column, type.getName(), "Parquet file is damaged: the data of " + group
                    + " lies outside the file (bytes " + start + " to " + (start + size) + ", but the data ends at "
                    + footerStart + ")");
        }
        if (!READABLE_CODECS.contains(chunk.getCodec())) {
            throw Problems.column(column, type.getName(), "is compressed with " + chunk.getCodec()
                    + ", which Charter cannot read; write the file with SNAPPY, ZSTD, GZIP, LZ4_RAW or no compression");
        }
    }

    /** Streams every row group through the materializer into {@code csv}; returns the rows written. */
    private static long copyRows(ParquetFileReader reader, MessageType schema, RowMaterializer rows, CSVPrinter csv)
            throws IOException, DataFormatException {
        MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
        int groups = reader.getRowGroups().size();
        long row = 0;
        for (int g = 1; g <= groups; g++) {
            try (PageReadStore pages = readRowGroup(reader, g, groups, row)) {
                if (pages == null) {
                    throw Problems.file("Parquet file is damaged: row group " + g + " of " + groups + " is missing");
                }
                RecordReader<String[]> records = recordReader(io, pages, rows, row);
                for (long i = 0; i < pages.getRowCount(); i++) {
                    row++;
                    csv.printRecord((Object[]) readRecord(records, row, schema));
                }
            }
        }
        return row;
    }

    private static PageReadStore readRowGroup(ParquetFileReader reader, int group, int groups, long rowsBefore)
            throws IOException, DataFormatException {
        try {
            return reader.readNextRowGroup();
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Problems.file("Parquet file is damaged: row group " + group + " of " + groups + " (after row "
                    + rowsBefore + ") cannot be read", e);
        }
    }

    private static RecordReader<String[]> recordReader(MessageColumnIO io, PageReadStore pages, RowMaterializer rows,
                                                       long rowsBefore) throws DataFormatException {
        try {
            return io.getRecordReader(pages, rows);
        } catch (RuntimeException e) {
            throw Problems.file("Parquet file is damaged: the row group after row " + rowsBefore
                    + " cannot be decoded", e);
        }
    }

    private static String[] readRecord(RecordReader<String[]> records, long row, MessageType schema)
            throws DataFormatException {
        try {
            return records.read();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ColumnText.BadValue bad) {
                    throw Problems.at(row, bad.column + 1, schema.getType(bad.column).getName(), bad.getMessage());
                }
            }
            DataFormatException damaged = Problems.at(row, 0, null,
                    "Parquet file is damaged: the row cannot be decoded (" + Problems.describe(e) + ")");
            damaged.initCause(e);
            throw damaged;
        }
    }

    private static List<ParquetColumn> describe(MessageType schema) {
        return schema.getFields().stream()
                .map(f -> new ParquetColumn(f.getName(), ColumnText.physicalName(f.asPrimitiveType()),
                        f.getLogicalTypeAnnotation() == null ? "" : f.getLogicalTypeAnnotation().toString(),
                        f.isRepetition(Type.Repetition.OPTIONAL)))
                .toList();
    }
}
