package io.charter.governance.data.parquet;

import io.charter.governance.data.ColumnType;
import io.charter.governance.data.Values;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.charter.governance.data.parquet.ParquetFixtures.convert;
import static io.charter.governance.data.parquet.ParquetFixtures.rows;
import static io.charter.governance.data.parquet.ParquetFixtures.schema;
import static io.charter.governance.data.parquet.ParquetFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** How each Parquet type is written as CSV text, checked field by field. */
class ParquetToCsvValuesTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteIntegersInDecimalAndUnsignedOnesAsUnsigned() throws Exception {
        MessageType schema = schema("message m { required int32 i; required int64 l; "
                + "required int32 u (INTEGER(32,false)); required int64 ul (INTEGER(64,false)); "
                + "required int32 small (INTEGER(8,true)); }");
        var converted = convert(write(dir.resolve("ints.parquet"), schema, rows(schema,
                g -> g.append("i", Integer.MIN_VALUE).append("l", Long.MIN_VALUE).append("u", -1).append("ul", -1L)
                        .append("small", -128),
                g -> g.append("i", Integer.MAX_VALUE).append("l", Long.MAX_VALUE).append("u", 7).append("ul", 7L)
                        .append("small", 127))));

        assertThat(converted.rows()).containsExactly(
                List.of("-2147483648", "-9223372036854775808", "4294967295", "18446744073709551615", "-128"),
                List.of("2147483647", "9223372036854775807", "7", "7", "127"));
    }

    @Test
    void shouldWriteFiniteFloatingPointSoThatValuesReadsTheSameNumber() throws Exception {
        double[] doubles = {1.5, -0.25, 0.0, 1e30, 1.0e-7, 123456789.125, Math.PI, -1e-300};
        MessageType schema = schema("message m { required double d; required float f; }");
        var rows = rows(schema);
        for (double d : doubles) {
            rows.addAll(rows(schema, g -> g.append("d", d).append("f", (float) d)));
        }
        var converted = convert(write(dir.resolve("floats.parquet"), schema, rows));

        for (int i = 0; i < doubles.length; i++) {
            assertThat(Values.number(converted.field(i, "d"))).isEqualTo(doubles[i]);
            assertThat((float) Values.number(converted.field(i, "f"))).isEqualTo((float) doubles[i]);
            assertThat(Values.conforms(converted.field(i, "f"), ColumnType.NUMERIC)).isTrue();
            assertThat(Values.conforms(converted.field(i, "d"), ColumnType.NUMERIC)).isTrue();
        }
        assertThat(converted.field(0, "d")).isEqualTo("1.5");
        assertThat(converted.field(6, "f")).isEqualTo("3.1415927");
    }

    @Test
    void shouldWriteNanAndInfinitiesAsMissingValues() throws Exception {
        MessageType schema = schema("message m { required int32 id; required double d; required float f; }");
        var converted = convert(write(dir.resolve("nan.parquet"), schema, rows(schema,
                g -> g.append("id", 1).append("d", Double.NaN).append("f", Float.NaN),
                g -> g.append("id", 2).append("d", Double.POSITIVE_INFINITY).append("f", Float.NEGATIVE_INFINITY),
                g -> g.append("id", 3).append("d", Double.NEGATIVE_INFINITY).append("f", 2.5f))));

        assertThat(converted.column("d")).containsExactly("", "", "");
        assertThat(converted.column("f")).containsExactly("", "", "2.5");
        assertThat(converted.csv()).doesNotContain("NaN", "Infinity");
    }

    @Test
    void shouldWriteBooleansAsTrueAndFalse() throws Exception {
        MessageType schema = schema("message m { required boolean b; optional boolean maybe; }");
        var converted = convert(write(dir.resolve("bools.parquet"), schema, rows(schema,
                g -> g.append("b", true).append("maybe", false),
                g -> g.append("b", false))));

        assertThat(converted.column("b")).containsExactly("true", "false");
        assertThat(converted.column("maybe")).containsExactly("false", "");
    }

    @Test
    void shouldKeepStringsWithCommasQuotesAndLineBreaksIntact() throws Exception {
        String[] texts = {"plain", "comma, inside", "say \"hi\"", "two\nlines", "crlf\r\nend", "ünïcödé ✓ 😀",
            " padded ", "\"", ","};
        MessageType schema = schema("message m { required int32 id; optional binary s (STRING); }");
        var rows = rows(schema);
        for (int i = 0; i < texts.length; i++) {
            int id = i;
            rows.addAll(rows(schema, g -> g.append("id", id).append("s", texts[id])));
        }
        var converted = convert(write(dir.resolve("strings.parquet"), schema, rows));

        assertThat(converted.column("s")).containsExactly(texts);
        assertThat(converted.csv()).contains("\"comma, inside\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"");
    }

    @Test
    void shouldWriteNullsAndEmptyStringsAsEmptyFields() throws Exception {
        MessageType schema = schema("message m { optional int32 n; optional binary s (STRING); optional double d; }");
        var converted = convert(write(dir.resolve("nulls.parquet"), schema, rows(schema,
                g -> g.append("s", ""),
                g -> g.append("n", 1).append("d", 2.0),
                g -> { })));

        assertThat(converted.rows()).containsExactly(
                List.of("", "", ""), List.of("1", "", "2.0"), List.of("", "", ""));
        assertThat(converted.csv()).isEqualTo("n,s,d\r\n\"\",,\r\n1,,2.0\r\n\"\",,\r\n");
    }

    @Test
    void shouldWriteTextOfEnumJsonAndUnannotatedByteArrays() throws Exception {
        MessageType schema = schema("message m { required binary e (ENUM); required binary j (JSON); required binary raw; "
                + "required fixed_len_byte_array(3) code; }");
        var converted = convert(write(dir.resolve("text.parquet"), schema, rows(schema,
                g -> g.append("e", "RED").append("j", "{\"a\": [1, 2]}").append("raw", "plain bytes")
                        .append("code", Binary.fromString("ABC")))));

        assertThat(converted.rows().get(0)).containsExactly("RED", "{\"a\": [1, 2]}", "plain bytes", "ABC");
    }

    @Test
    void shouldWriteDatesAsIsoLocalDates() throws Exception {
        MessageType schema = schema("message m { required int32 day (DATE); }");
        var converted = convert(write(dir.resolve("dates.parquet"), schema, rows(schema,
                g -> g.append("day", 19782), g -> g.append("day", 0), g -> g.append("day", -1),
                g -> g.append("day", -25567))));

        assertThat(converted.column("day")).containsExactly("2024-02-29", "1970-01-01", "1969-12-31", "1900-01-01");
        assertThat(converted.column("day")).allMatch(v -> Values.conforms(v, ColumnType.DATETIME));
    }

    @Test
    void shouldWriteTimestampsAsIsoDateTimesWithTheStoredPrecision() throws Exception {
        MessageType schema = schema("message m { required int64 ms (TIMESTAMP(MILLIS,true)); "
                + "required int64 us (TIMESTAMP(MICROS,false)); required int64 ns (TIMESTAMP(NANOS,true)); }");
        var converted = convert(write(dir.resolve("timestamps.parquet"), schema, rows(schema,
                g -> g.append("ms", 1_704_164_645_123L).append("us", 1_704_164_645_123_456L)
                        .append("ns", 1_704_164_645_123_456_789L),
                g -> g.append("ms", 1_704_164_645_000L).append("us", 0L).append("ns", -1L))));

        assertThat(converted.rows().get(0)).containsExactly(
                "2024-01-02T03:04:05.123Z", "2024-01-02T03:04:05.123456", "2024-01-02T03:04:05.123456789Z");
        assertThat(converted.rows().get(1)).containsExactly(
                "2024-01-02T03:04:05Z", "1970-01-01T00:00:00", "1969-12-31T23:59:59.999999999Z");
        assertThat(converted.field(0, "ms")).matches(v -> Values.epochMillis(v) == 1_704_164_645_123L);
        assertThat(converted.field(0, "us")).matches(v -> Values.epochMillis(v) == 1_704_164_645_123L);
        assertThat(converted.rows()).allMatch(r -> r.stream().allMatch(v -> Values.conforms(v, ColumnType.DATETIME)));
    }

    @Test
    void shouldWriteLegacyInt96TimestampsAsDateTimesWithoutOffset() throws Exception {
        MessageType schema = schema("message m { required int96 t; }");
        long nanosOfDay = ((3 * 60 + 4) * 60 + 5) * 1_000_000_000L + 123_456_789L;
        int julianDayOf20240102 = 2_440_588 + 19_724;
        var converted = convert(write(dir.resolve("int96.parquet"), schema, rows(schema,
                g -> g.append("t", new NanoTime(julianDayOf20240102, nanosOfDay)),
                g -> g.append("t", new NanoTime(2_440_588, 0L)))));

        assertThat(converted.column("t")).containsExactly("2024-01-02T03:04:05.123456789", "1970-01-01T00:00:00");
    }

    @Test
    void shouldWriteTimesOfDayInIsoForm() throws Exception {
        MessageType schema = schema("message m { required int32 ms (TIME(MILLIS,false)); "
                + "required int64 us (TIME(MICROS,true)); }");
        var converted = convert(write(dir.resolve("times.parquet"), schema, rows(schema,
                g -> g.append("ms", 45_296_123).append("us", 0L))));

        assertThat(converted.rows().get(0)).containsExactly("12:34:56.123", "00:00:00");
    }

    @Test
    void shouldWriteDecimalsAsPlainStringsWithTheDeclaredScale() throws Exception {
        MessageType schema = schema("message m { required int32 a (DECIMAL(9,2)); required int64 b (DECIMAL(18,4)); "
                + "required binary c (DECIMAL(38,3)); required fixed_len_byte_array(5) d (DECIMAL(10,2)); }");
        BigInteger huge = new BigInteger("-12345678901234567890123456789");
        var converted = convert(write(dir.resolve("decimals.parquet"), schema, rows(schema,
                g -> g.append("a", 12345).append("b", 10_000L).append("c", Binary.fromConstantByteArray(huge.toByteArray()))
                        .append("d", fixed(BigInteger.valueOf(-5), 5)),
                g -> g.append("a", -5).append("b", 1L).append("c", Binary.fromConstantByteArray(new byte[] {0}))
                        .append("d", fixed(BigInteger.valueOf(99_999_999L), 5)))));

        assertThat(converted.rows().get(0)).containsExactly("123.45", "1.0000", "-12345678901234567890123456.789", "-0.05");
        assertThat(converted.rows().get(1)).containsExactly("-0.05", "0.0001", "0.000", "999999.99");
        assertThat(converted.rows()).allMatch(r -> r.stream().allMatch(v -> Values.conforms(v, ColumnType.NUMERIC)));
    }

    @Test
    void shouldWriteUuidsInCanonicalForm() throws Exception {
        MessageType schema = schema("message m { required fixed_len_byte_array(16) id (UUID); }");
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        var converted = convert(write(dir.resolve("uuid.parquet"), schema, rows(schema,
                g -> g.append("id", Binary.fromConstantByteArray(bytes.array())))));

        assertThat(converted.field(0, "id")).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    }

    @Test
    void shouldWriteHalfPrecisionFloats() throws Exception {
        MessageType schema = schema("message m { required int32 id; required fixed_len_byte_array(2) h (FLOAT16); }");
        var converted = convert(write(dir.resolve("float16.parquet"), schema, rows(schema,
                g -> g.append("id", 1).append("h", littleEndian(0x3E00)),
                g -> g.append("id", 2).append("h", littleEndian(0xC000)),
                g -> g.append("id", 3).append("h", littleEndian(0x7E00)))));

        assertThat(converted.column("h")).containsExactly("1.5", "-2.0", "");
    }

    @Test
    void shouldWriteColumnsOfTheUnknownTypeAsMissing() throws Exception {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.INT32).named("id")
                .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.unknownType()).named("nothing")
                .named("m");
        var converted = convert(write(dir.resolve("unknown.parquet"), schema, rows(schema, g -> g.append("id", 1))));

        assertThat(converted.rows().get(0)).containsExactly("1", "");
        assertThat(converted.conversion().columns().get(1).logicalType()).isEqualTo("UNKNOWN");
    }

    @Test
    void shouldNameTheFileTypesInTheConversionResult() throws Exception {
        MessageType schema = schema("message m { required int64 t (TIMESTAMP(MICROS,true)); optional binary s (STRING); "
                + "optional fixed_len_byte_array(5) d (DECIMAL(10,2)); }");
        var converted = convert(write(dir.resolve("schema.parquet"), schema, rows(schema,
                g -> g.append("t", 0L).append("s", "x"))));

        assertThat(converted.conversion().columns()).containsExactly(
                new ParquetColumn("t", "INT64", "TIMESTAMP(MICROS,true)", false),
                new ParquetColumn("s", "BYTE_ARRAY", "STRING", true),
                new ParquetColumn("d", "FIXED_LEN_BYTE_ARRAY", "DECIMAL(10,2)", true));
        assertThat(converted.conversion().header()).containsExactly("t", "s", "d");
        assertThat(converted.conversion().rows()).isEqualTo(1);
        assertThat(converted.conversion().createdBy()).startsWith("parquet-mr");
    }

    /** Big-endian two's complement, sign-extended to {@code width} bytes, as FIXED_LEN_BYTE_ARRAY decimals are stored. */
    private static Binary fixed(BigInteger value, int width) {
        byte[] minimal = value.toByteArray();
        byte[] out = new byte[width];
        Arrays.fill(out, 0, width - minimal.length, value.signum() < 0 ? (byte) 0xff : 0);
        System.arraycopy(minimal, 0, out, width - minimal.length, minimal.length);
        return Binary.fromConstantByteArray(out);
    }

    private static Binary littleEndian(int half) {
        return Binary.fromConstantByteArray(new byte[] {(byte) half, (byte) (half >>> 8)});
    }
}
