package io.charter.governance.data.parquet;

import java.util.UUID;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.Float16LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UnknownLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Writes one Parquet column's values into its slot of a row of text fields, in the forms the
 * platform's readers of stored CSV accept ({@link io.charter.governance.data.Values}). The mapping
 * follows the Parquet logical types
 * (<a href="https://github.com/apache/parquet-format/blob/master/LogicalTypes.md">LogicalTypes.md</a>):
 * <ul>
 *   <li>integers in decimal, unsigned ones as unsigned; BOOLEAN as {@code true}/{@code false};</li>
 *   <li>FLOAT, DOUBLE and FLOAT16 as {@link Float#toString}/{@link Double#toString} (scientific
 *       notation for large and small values); NaN and infinities as missing, since the platform's
 *       number syntax has no spelling for them;</li>
 *   <li>DECIMAL as a plain decimal string with the declared scale ({@code 123.40});</li>
 *   <li>DATE as ISO-8601 {@code 2024-02-29}; TIMESTAMP as ISO-8601 date-time with the stored
 *       precision, with {@code Z} when it is adjusted to UTC and without an offset when it is
 *       local; INT96 (Impala/Spark legacy: nanoseconds of day and Julian day, little-endian) as a
 *       date-time without offset, since writers disagree on its time zone; TIME as
 *       {@code HH:mm:ss[.fraction]};</li>
 *   <li>STRING, ENUM, JSON and unannotated byte arrays as strictly decoded UTF-8 text (binary data
 *       that is not UTF-8 is refused); UUID in its canonical 8-4-4-4-12 form;</li>
 *   <li>a column of the UNKNOWN (always null) type as missing values.</li>
 * </ul>
 * Anything else (INTERVAL, BSON, geospatial types) is refused when the schema is read.
 */
abstract class ColumnText extends PrimitiveConverter {

    private final String[] fields;
    private final int index;

    ColumnText(String[] fields, int index) {
        this.fields = fields;
        this.index = index;
    }

    /**
     * The converter for a flat column of {@code type}, writing into {@code fields[index]}.
     *
     * @throws Unsupported if the platform has no text form for the column's type
     */
    static ColumnText of(PrimitiveType type, String[] fields, int index, int maxFieldChars) throws Unsupported {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof UnknownLogicalTypeAnnotation) {
            return new ColumnText(fields, index) { };
        }
        return switch (type.getPrimitiveTypeName()) {
            case BOOLEAN -> plain(logical, type, new NumericText.Bools(fields, index));
            case INT32 -> int32(logical, type, fields, index);
            case INT64 -> int64(logical, type, fields, index);
            case INT96 -> plain(logical, type, new TemporalText.Int96s(fields, index));
            case FLOAT, DOUBLE -> plain(logical, type, new NumericText.Floats(fields, index));
            case BINARY, FIXED_LEN_BYTE_ARRAY -> binary(logical, type, fields, index, maxFieldChars);
        };
    }

    private static ColumnText plain(LogicalTypeAnnotation logical, PrimitiveType type, ColumnText text)
            throws Unsupported {
        if (logical != null) {
            throw unsupported(type);
        }
        return text;
    }

    private static ColumnText int32(LogicalTypeAnnotation logical, PrimitiveType type, String[] fields, int index)
            throws Unsupported {
        if (logical == null || logical instanceof IntLogicalTypeAnnotation i && i.isSigned()) {
            return new NumericText.Ints(fields, index, true);
        }
        if (logical instanceof IntLogicalTypeAnnotation) {
            return new NumericText.Ints(fields, index, false);
        }
        if (logical instanceof DateLogicalTypeAnnotation) {
            return new TemporalText.Dates(fields, index);
        }
        if (logical instanceof DecimalLogicalTypeAnnotation d) {
            return new NumericText.Decimals(fields, index, d.getScale());
        }
        if (logical instanceof TimeLogicalTypeAnnotation t) {
            return new TemporalText.Times(fields, index, t.getUnit());
        }
        throw unsupported(type);
    }

    private static ColumnText int64(LogicalTypeAnnotation logical, PrimitiveType type, String[] fields, int index)
            throws Unsupported {
        if (logical == null || logical instanceof IntLogicalTypeAnnotation i && i.isSigned()) {
            return new NumericText.Ints(fields, index, true);
        }
        if (logical instanceof IntLogicalTypeAnnotation) {
            return new NumericText.Ints(fields, index, false);
        }
        if (logical instanceof TimestampLogicalTypeAnnotation t) {
            return new TemporalText.Timestamps(fields, index, t.getUnit(), t.isAdjustedToUTC());
        }
        if (logical instanceof DecimalLogicalTypeAnnotation d) {
            return new NumericText.Decimals(fields, index, d.getScale());
        }
        if (logical instanceof TimeLogicalTypeAnnotation t) {
            return new TemporalText.Times(fields, index, t.getUnit());
        }
        throw unsupported(type);
    }

    private static ColumnText binary(LogicalTypeAnnotation logical, PrimitiveType type, String[] fields, int index,
                                     int maxFieldChars) throws Unsupported {
        if (logical == null || logical instanceof StringLogicalTypeAnnotation
                || logical instanceof EnumLogicalTypeAnnotation || logical instanceof JsonLogicalTypeAnnotation) {
            return new BinaryText.Utf8(fields, index, maxFieldChars, logical == null);
        }
        if (logical instanceof DecimalLogicalTypeAnnotation d) {
            return new NumericText.Decimals(fields, index, d.getScale());
        }
        if (logical instanceof UUIDLogicalTypeAnnotation && type.getTypeLength() == 16) {
            return new BinaryText.Uuids(fields, index);
        }
        if (logical instanceof Float16LogicalTypeAnnotation && type.getTypeLength() == 2) {
            return new NumericText.Float16s(fields, index);
        }
        throw unsupported(type);
    }

    private static Unsupported unsupported(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        return new Unsupported("has type " + physicalName(type) + (logical == null ? "" : " " + logical)
                + ", which Charter cannot read; supported are integers, floating point, DECIMAL, BOOLEAN, "
                + "STRING/ENUM/JSON text, UUID, DATE, TIME and TIMESTAMP (INT64 or legacy INT96)");
    }

    /** The physical type as the format specification names it (parquet-java calls BYTE_ARRAY "BINARY"). */
    static String physicalName(PrimitiveType type) {
        return type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
                ? "BYTE_ARRAY" : type.getPrimitiveTypeName().name();
    }

    final void set(String text) {
        fields[index] = text;
    }

    final BadValue bad(String detail) {
        return new BadValue(index, detail);
    }

    /** A column type with no text form on the platform; the message says which type. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    /** A stored value with no text form (invalid UTF-8, too long, out of range); the reader adds the row. */
    static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** 0-based column. */
        final int column;

        BadValue(int column, String detail) {
            super(detail, null, false, false);
            this.column = column;
        }
    }
}
