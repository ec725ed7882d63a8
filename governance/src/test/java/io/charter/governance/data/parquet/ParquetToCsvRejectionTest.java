package io.charter.governance.data.parquet;

import io.charter.governance.data.DataFormatException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.charter.governance.data.parquet.ParquetFixtures.failure;
import static io.charter.governance.data.parquet.ParquetFixtures.rows;
import static io.charter.governance.data.parquet.ParquetFixtures.schema;
import static io.charter.governance.data.parquet.ParquetFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Files that are not readable Parquet, or not a flat table within the limits, and how they are reported. */
class ParquetToCsvRejectionTest {

    private static final MessageType TABLE = schema("message m { required int32 id; optional binary name (STRING); }");

    @TempDir
    Path dir;

    @Test
    void shouldRefuseACsvFileNamedParquetAndSayItLooksLikeText() throws Exception {
        Path file = Files.writeString(dir.resolve("data.parquet"), "id,name\n1,Ada\n");

        DataFormatException e = failure(file);

        assertThat(e).hasMessage("not a Parquet file: a Parquet file starts with the bytes \"PAR1\", but this one "
                + "starts with \"id,n\" (the file looks like text, e.g. CSV: upload it as text/csv)");
        assertThat(e.row()).isZero();
        assertThat(e.column()).isZero();
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        DataFormatException e = failure(Files.createFile(dir.resolve("empty.parquet")));

        assertThat(e).hasMessage("file is empty; expected a Parquet file");
        assertThat(e.row()).isZero();
    }

    @Test
    void shouldRefuseRandomBytesShowingHowTheyStart() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = (byte) 0x9c;
        Path file = Files.write(dir.resolve("noise.parquet"), noise);

        assertThat(failure(file)).hasMessageStartingWith("not a Parquet file: a Parquet file starts with the bytes "
                + "\"PAR1\", but this one starts with 0x9c").hasMessageNotContaining("looks like text");
    }

    @Test
    void shouldRefuseATruncatedFileAsIncomplete() throws Exception {
        byte[] whole = Files.readAllBytes(validFile());
        Path cut = Files.write(dir.resolve("cut.parquet"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(failure(cut)).hasMessageStartingWith("Parquet file is incomplete or damaged: it must end with the "
                + "bytes \"PAR1\"").hasMessageEndingWith("(was the upload cut short?)");
    }

    @Test
    void shouldRefuseAFileHoldingOnlyTheLeadingMagic() throws Exception {
        Path file = Files.writeString(dir.resolve("magic.parquet"), "PAR1PAR1");

        assertThat(failure(file)).hasMessage("Parquet file is incomplete: it is 8 bytes long, too short to hold a "
                + "footer (was the upload cut short?)");
    }

    @Test
    void shouldRefuseAFooterLengthThatDoesNotFitTheFile() throws Exception {
        byte[] bytes = Files.readAllBytes(validFile());
        bytes[bytes.length - 5] = 0x7f;
        Path file = Files.write(dir.resolve("length.parquet"), bytes);

        assertThat(failure(file)).hasMessageStartingWith("Parquet file is damaged: its footer length must be between 1 and ");
    }

    @Test
    void shouldRefuseAGarbledFooter() throws Exception {
        byte[] bytes = Files.readAllBytes(validFile());
        int footerLength = bytes[bytes.length - 8] & 0xff | (bytes[bytes.length - 7] & 0xff) << 8;
        Arrays.fill(bytes, bytes.length - 8 - footerLength, bytes.length - 8, (byte) 0xee);
        Path file = Files.write(dir.resolve("footer.parquet"), bytes);

        DataFormatException e = failure(file);

        assertThat(e).hasMessageStartingWith("Parquet file is damaged: its footer cannot be read (");
        assertThat(e).hasCauseInstanceOf(Exception.class);
    }

    @Test
    void shouldRefuseCorruptColumnData() throws Exception {
        MessageType schema = schema("message m { required int64 id; }");
        List<Group> rows = rows(schema);
        for (long i = 0; i < 2000; i++) {
            long id = i;
            rows.addAll(rows(schema, g -> g.append("id", id * 7919)));
        }
        byte[] bytes = Files.readAllBytes(write(dir.resolve("ok.parquet"), schema, CompressionCodecName.UNCOMPRESSED,
                Integer.MAX_VALUE, rows));
        for (int i = 2000; i < 2100; i++) {
            bytes[i] ^= 0x5a;
        }
        Path file = Files.write(dir.resolve("corrupt.parquet"), bytes);

        DataFormatException e = failure(file);

        assertThat(e.getMessage()).contains("Parquet file is damaged");
        assertThat(e.column()).isZero();
    }

    @Test
    void shouldRefuseAnEncryptedFooter() throws Exception {
        byte[] bytes = Files.readAllBytes(validFile());
        bytes[bytes.length - 1] = 'E';
        Path file = Files.write(dir.resolve("encrypted.parquet"), bytes);

        assertThat(failure(file)).hasMessageContaining("encrypted footer");
    }

    @Test
    void shouldRefuseANestedStructNamingTheColumn() throws Exception {
        MessageType schema = schema("message m { required int32 id; optional group address { optional binary city (STRING); } }");
        Path file = write(dir.resolve("struct.parquet"), schema, rows(schema, g -> g.append("id", 1)));

        DataFormatException e = failure(file);

        assertThat(e).hasMessage("column 2 (\"address\"): is a nested struct with 1 field, but Charter reads flat tables "
                + "with one value per row and column; flatten it into plain columns, or drop it, before uploading");
        assertThat(e.row()).isZero();
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("address");
    }

    @Test
    void shouldRefuseListsMapsAndRepeatedFields() throws Exception {
        MessageType list = schema("message m { optional group tags (LIST) { repeated group list { optional binary element (STRING); } } }");
        MessageType map = schema("message m { required int32 id; optional group attrs (MAP) { repeated group key_value "
                + "{ required binary key (STRING); optional int32 value; } } }");
        MessageType repeated = schema("message m { required int32 id; required int32 b; repeated int32 scores; }");

        assertThat(failure(write(dir.resolve("list.parquet"), list, rows(list, g -> { }))))
                .hasMessageStartingWith("column 1 (\"tags\"): is a nested LIST with 1 field");
        assertThat(failure(write(dir.resolve("map.parquet"), map, rows(map, g -> g.append("id", 1)))))
                .hasMessageStartingWith("column 2 (\"attrs\"): is a nested MAP with 1 field");
        assertThat(failure(write(dir.resolve("repeated.parquet"), repeated, rows(repeated,
                g -> g.append("id", 1).append("b", 2).append("scores", 3).append("scores", 4)))))
                .hasMessageStartingWith("column 3 (\"scores\"): is a repeated INT32 field (a list)");
    }

    @Test
    void shouldRefuseTypesWithoutATextForm() throws Exception {
        MessageType schema = schema("message m { required int32 id; optional fixed_len_byte_array(12) span (INTERVAL); }");
        Path file = write(dir.resolve("interval.parquet"), schema, rows(schema, g -> g.append("id", 1)));

        assertThat(failure(file)).hasMessageStartingWith("column 2 (\"span\"): has type FIXED_LEN_BYTE_ARRAY INTERVAL, "
                + "which Charter cannot read");
    }

    @Test
    void shouldRefuseInvalidUtf8NamingRowAndColumn() throws Exception {
        Path file = write(dir.resolve("utf8.parquet"), TABLE, rows(TABLE,
                g -> g.append("id", 1).append("name", "fine"),
                g -> g.append("id", 2).append("name", Binary.fromConstantByteArray(new byte[] {(byte) 0xc3, 0x28}))));

        DataFormatException e = failure(file);

        assertThat(e).hasMessage("row 2, column 2 (\"name\"): is not valid UTF-8 text");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("name");
    }

    @Test
    void shouldRefuseBinaryDataThatIsNotText() throws Exception {
        MessageType schema = schema("message m { required int32 id; required binary blob; }");
        Path file = write(dir.resolve("blob.parquet"), schema, rows(schema,
                g -> g.append("id", 1).append("blob", Binary.fromConstantByteArray(new byte[] {(byte) 0xff, 0, 1}))));

        assertThat(failure(file)).hasMessage("row 1, column 2 (\"blob\"): holds binary data that is not UTF-8 text; "
                + "Charter reads text, numbers, booleans and dates");
    }

    @Test
    void shouldRefuseColumnNamesThatAreEqualOnceTrimmed() throws Exception {
        MessageType schema = Types.buildMessage().required(PrimitiveTypeName.INT32).named("id")
                .required(PrimitiveTypeName.INT32).named("score")
                .required(PrimitiveTypeName.INT32).named(" score ")
                .named("m");
        Path file = write(dir.resolve("names.parquet"), schema, rows(schema,
                g -> g.append("id", 1).append("score", 2).append(" score ", 3)));

        assertThat(failure(file)).hasMessage("column 3 (\"score\"): column name must be unique, but \"score\" is also "
                + "the name of column 2 (compared trimmed, case-sensitive)");
    }

    @Test
    void shouldRefuseAFileWithoutRows() throws Exception {
        DataFormatException e = failure(write(dir.resolve("no-rows.parquet"), TABLE, List.of()));

        assertThat(e).hasMessage("file has columns but no data rows");
        assertThat(e.row()).isEqualTo(1);
    }

    @Test
    void shouldRefuseMoreRowsThanTheLimitBeforeWritingAnything() throws Exception {
        Path file = validFile();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> ParquetToCsv.convert(file, out, ParquetLimits.defaults().withMaxRows(5)));

        assertThat(e).hasMessage("file has more than 5 rows, the most accepted");
        assertThat(out.size()).isZero();
    }

    @Test
    void shouldRefuseRowGroupsLargerThanTheLimit() throws Exception {
        DataFormatException e = failure(validFile(), ParquetLimits.defaults().withMaxRowGroupBytes(16));

        assertThat(e).hasMessageStartingWith("row group 1 of 1 holds ").hasMessageContaining("at most 16 are accepted");
    }

    @Test
    void shouldRefuseMoreColumnsThanTheLimit() throws Exception {
        ParquetLimits oneColumn = new ParquetLimits(1000, 1, 100, 1 << 20);

        assertThat(failure(validFile(), oneColumn)).hasMessage("Parquet schema has 2 columns, but at most 1 are accepted");
    }

    @Test
    void shouldRefuseTextLongerThanTheFieldLimit() throws Exception {
        Path file = write(dir.resolve("long.parquet"), TABLE, rows(TABLE,
                g -> g.append("id", 1).append("name", "x".repeat(20))));

        assertThat(failure(file, new ParquetLimits(1000, 10, 10, 1 << 20)))
                .hasMessage("row 1, column 2 (\"name\"): is 20 characters long, but at most 10 are accepted");
    }

    @Test
    void shouldRefuseAPageThatDecompressesToMoreThanTheLimit() throws Exception {
        MessageType schema = schema("message m { required int32 id; required binary s (STRING); }");
        Path file = dir.resolve("bomb.parquet");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withDictionaryEncoding(false).build()) {
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            for (int i = 0; i < 20_000; i++) {
                writer.write(groups.newGroup().append("id", i).append("s", "x".repeat(200)));
            }
        }
        long stored;
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            stored = reader.getRowGroups().get(0).getCompressedSize();
        }

        DataFormatException e = failure(file, ParquetLimits.defaults().withMaxRowGroupBytes(stored));

        assertThat(e).hasMessageContaining("Parquet file is damaged")
                .hasMessageContaining("bytes once decompressed, but at most " + stored + " are accepted");
    }

    /** Ten rows of {@link #TABLE}. */
    private Path validFile() throws Exception {
        List<Group> rows = rows(TABLE);
        for (int i = 0; i < 10; i++) {
            int id = i;
            rows.addAll(rows(TABLE, g -> g.append("id", id).append("name", "name " + id)));
        }
        return write(dir.resolve("valid-" + System.nanoTime() + ".parquet"), TABLE, rows);
    }

    @Test
    void shouldRefuseAFileWhoseMagicIsText() throws Exception {
        Path file = Files.write(dir.resolve("json.parquet"), "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));

        assertThat(failure(file)).hasMessageContaining("starts with \"{\"a\"\"");
    }
}
