package io.charter.governance.data.parquet;

import io.charter.governance.data.ColumnSummary;
import io.charter.governance.data.ColumnType;
import io.charter.governance.data.CsvOptions;
import io.charter.governance.data.CsvScanner;
import io.charter.governance.data.CsvSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.charter.governance.data.parquet.ParquetFixtures.convert;
import static io.charter.governance.data.parquet.ParquetFixtures.rows;
import static io.charter.governance.data.parquet.ParquetFixtures.schema;
import static io.charter.governance.data.parquet.ParquetFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV a conversion writes as a whole: layout, codecs, row groups, and what the CSV scan makes of it. */
class ParquetToCsvFormatTest {

    private static final MessageType MIXED = schema("message m { required int64 id; optional double score; "
            + "optional boolean ok; optional binary label (STRING); optional int32 day (DATE); "
            + "optional int64 at (TIMESTAMP(MILLIS,true)); optional int32 price (DECIMAL(9,2)); }");

    @TempDir
    Path dir;

    @Test
    void shouldWriteRfc4180WithHeaderCrlfAndNoByteOrderMark() throws Exception {
        var converted = convert(write(dir.resolve("small.parquet"), MIXED, mixedRows(2)));

        assertThat(converted.csv()).startsWith("id,score,ok,label,day,at,price\r\n0,");
        assertThat(converted.csv()).endsWith("\r\n");
        assertThat(converted.csv().getBytes(StandardCharsets.UTF_8)[0]).isEqualTo((byte) 'i');
        assertThat(converted.header()).containsExactly("id", "score", "ok", "label", "day", "at", "price");
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
    void shouldWriteTheSameCsvWhateverTheCompression(CompressionCodecName codec) throws Exception {
        List<Group> rows = mixedRows(300);
        String expected = convert(write(dir.resolve("plain.parquet"), MIXED, CompressionCodecName.UNCOMPRESSED,
                Integer.MAX_VALUE, rows)).csv();

        var converted = convert(write(dir.resolve(codec + ".parquet"), MIXED, codec, 100, rows));

        assertThat(converted.csv()).isEqualTo(expected);
        assertThat(converted.conversion().rows()).isEqualTo(300);
        assertThat(converted.field(7, "label")).isEqualTo("label, \"7\"");
    }

    @Test
    void shouldStreamEveryRowGroupInFileOrder() throws Exception {
        var converted = convert(write(dir.resolve("groups.parquet"), MIXED, CompressionCodecName.SNAPPY, 128,
                mixedRows(1000)));

        assertThat(converted.conversion().rowGroups()).isEqualTo(8);
        assertThat(converted.conversion().rows()).isEqualTo(1000);
        assertThat(converted.column("id")).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(converted.field(i, "id")).isEqualTo(Long.toString(i));
        }
    }

    @Test
    void shouldProduceCsvThatTheScanAcceptsWithTypesMatchingTheSchema() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParquetToCsv.convert(write(dir.resolve("scan.parquet"), MIXED, mixedRows(50)), out);

        CsvSummary summary = CsvScanner.scan(new ByteArrayInputStream(out.toByteArray()), CsvOptions.defaults());

        assertThat(summary.rows()).isEqualTo(50);
        assertThat(summary.columns()).extracting(ColumnSummary::name, ColumnSummary::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", ColumnType.ID),
                org.assertj.core.groups.Tuple.tuple("score", ColumnType.NUMERIC),
                org.assertj.core.groups.Tuple.tuple("ok", ColumnType.BOOLEAN),
                org.assertj.core.groups.Tuple.tuple("label", ColumnType.TEXT),
                org.assertj.core.groups.Tuple.tuple("day", ColumnType.DATETIME),
                org.assertj.core.groups.Tuple.tuple("at", ColumnType.DATETIME),
                org.assertj.core.groups.Tuple.tuple("price", ColumnType.NUMERIC));
        assertThat(summary.columns().get(1).missing()).isEqualTo(5);
    }

    @Test
    void shouldWriteNullsOfAOneColumnTableAsNaSoThatTrailingNullsAreNotLost() throws Exception {
        MessageType schema = schema("message m { optional int32 x; }");
        Path file = write(dir.resolve("one.parquet"), schema, rows(schema, g -> g.append("x", 1), g -> { }, g -> { }));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ParquetToCsv.convert(file, out);
        CsvSummary summary = CsvScanner.scan(new ByteArrayInputStream(out.toByteArray()), CsvOptions.defaults());

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("x\r\n1\r\nNA\r\nNA\r\n");
        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.columns().get(0).missing()).isEqualTo(2);
    }

    @Test
    void shouldFlushButNotCloseTheCallersStream() throws Exception {
        class Recording extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Recording out = new Recording();

        ParquetToCsv.convert(write(dir.resolve("open.parquet"), MIXED, mixedRows(3)), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).hasLineCount(4);
    }

    @Test
    void shouldReportAMissingFileAsAnIoErrorNotAsTheUsersMistake() {
        assertThatThrownBy(() -> ParquetToCsv.convert(dir.resolve("absent.parquet"), new ByteArrayOutputStream()))
                .isInstanceOf(NoSuchFileException.class);
    }

    /** Rows of {@link #MIXED}; every tenth score is null, labels need quoting. */
    private static List<Group> mixedRows(int count) {
        List<Group> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            rows.addAll(rows(MIXED, g -> {
                g.append("id", (long) n);
                if (n % 10 != 3) {
                    g.append("score", n / 8.0);
                }
                g.append("ok", n % 2 == 0).append("label", "label, \"" + n + "\"")
                        .append("day", 19_000 + n).append("at", 1_700_000_000_000L + n * 1000L).append("price", n * 101);
            }));
        }
        return rows;
    }
}
