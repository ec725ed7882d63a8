package io.charter.governance.data.parquet;

import io.charter.governance.data.CsvRows;
import io.charter.governance.data.DataFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Writes small Parquet files with parquet-java's example writer ({@link ExampleParquetWriter} on a
 * {@link LocalOutputFile}), converts them, and reads the CSV back with the platform's own reader.
 */
final class ParquetFixtures {

    private ParquetFixtures() {
    }

    static MessageType schema(String text) {
        return MessageTypeParser.parseMessageType(text);
    }

    /** One record per filler, each filling a fresh group of {@code schema}. */
    @SafeVarargs
    static List<Group> rows(MessageType schema, Consumer<Group>... fillers) {
        SimpleGroupFactory factory = new SimpleGroupFactory(schema);
        List<Group> rows = new ArrayList<>();
        for (Consumer<Group> filler : fillers) {
            Group g = factory.newGroup();
            filler.accept(g);
            rows.add(g);
        }
        return rows;
    }

    static Path write(Path file, MessageType schema, List<Group> rows) throws IOException {
        return write(file, schema, CompressionCodecName.SNAPPY, Integer.MAX_VALUE, rows);
    }

    /** Writes {@code rows}, starting a new row group every {@code rowsPerGroup} rows. */
    static Path write(Path file, MessageType schema, CompressionCodecName codec, int rowsPerGroup, List<Group> rows)
            throws IOException {
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withCompressionCodec(codec)
                .withRowGroupRowCountLimit(rowsPerGroup)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (Group row : rows) {
                writer.write(row);
            }
        }
        return file;
    }

    /** A conversion's result, its CSV text, and the CSV read back by {@link CsvRows}. */
    record Converted(ParquetConversion conversion, String csv, List<String> header, List<List<String>> rows) {

        /** The field of 0-based data row {@code row} in column {@code name}. */
        String field(int row, String name) {
            return rows.get(row).get(header.indexOf(name));
        }

        List<String> column(String name) {
            int i = header.indexOf(name);
            return rows.stream().map(r -> r.get(i)).toList();
        }
    }

    static Converted convert(Path file) throws IOException, DataFormatException {
        return convert(file, ParquetLimits.defaults());
    }

    static Converted convert(Path file, ParquetLimits limits) throws IOException, DataFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParquetConversion conversion = ParquetToCsv.convert(file, out, limits);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = CsvRows.read(new ByteArrayInputStream(out.toByteArray()), ',',
                (row, fields) -> rows.add(List.of(fields)));
        return new Converted(conversion, out.toString(StandardCharsets.UTF_8), header, rows);
    }

    static DataFormatException failure(Path file) {
        return failure(file, ParquetLimits.defaults());
    }

    static DataFormatException failure(Path file, ParquetLimits limits) {
        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> ParquetToCsv.convert(file, new ByteArrayOutputStream(), limits));
        if (e == null) {
            throw new AssertionError("expected a DataFormatException, but the conversion succeeded");
        }
        return e;
    }
}
