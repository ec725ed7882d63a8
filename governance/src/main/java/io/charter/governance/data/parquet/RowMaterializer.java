package io.charter.governance.data.parquet;

import io.charter.governance.data.DataFormatException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Assembles each Parquet record into one row of text fields, one per column, through parquet-java's
 * converter API (the same path its example {@code Group} reader takes, without building a
 * {@code Group} per record). The returned array is reused for every record: the caller writes it
 * out before reading the next.
 *
 * <p>Only flat tables are accepted: every top-level field must be a single {@code required} or
 * {@code optional} primitive. A struct, LIST, MAP, VARIANT or {@code repeated} field has no single
 * value per row and column, so it is refused with its name rather than flattened under invented
 * column names; the user flattens it the way that fits the data.
 */
final class RowMaterializer extends RecordMaterializer<String[]> {

    private final String[] fields;
    private final String missing;
    private final ColumnText[] columns;
    private final GroupConverter root = new GroupConverter() {
        @Override
        public Converter getConverter(int fieldIndex) {
            return columns[fieldIndex];
        }

        @Override
        public void start() {
            Arrays.fill(fields, missing);
        }

        @Override
        public void end() {
            // Every converter already wrote into fields.
        }
    };

    private RowMaterializer(String[] fields, ColumnText[] columns) {
        this.fields = fields;
        this.columns = columns;
        this.missing = missingValue(fields.length);
    }

    /**
     * How a null is written. An empty field, except in a one-column table: there a row holding just
     * an empty field is a blank line, and CSV readers (the platform's included) drop blank lines at
     * the end of a file, which would lose trailing nulls. "NA" is one of the platform's missing
     * values ({@link io.charter.governance.data.CsvScanner#MISSING_VALUES}).
     */
    static String missingValue(int columnCount) {
        return columnCount == 1 ? "NA" : "";
    }

    /**
     * A materializer for {@code schema}, or the first reason the schema is not a flat table the
     * platform can read: nested or repeated fields, unsupported types, empty or duplicate names
     * (compared trimmed, case-sensitive, as the CSV scan compares header names), too many columns.
     */
    static RowMaterializer of(MessageType schema, ParquetLimits limits) throws DataFormatException {
        int count = schema.getFieldCount();
        if (count == 0) {
            throw Problems.file("Parquet schema has no columns");
        }
        if (count > limits.maxColumns()) {
            throw Problems.file("Parquet schema has " + count + " columns, but at most " + limits.maxColumns()
                    + " are accepted");
        }
        String[] fields = new String[count];
        ColumnText[] columns = new ColumnText[count];
        Map<String, Integer> positions = new HashMap<>();
        List<Type> types = schema.getFields();
        for (int i = 0; i < count; i++) {
            Type type = types.get(i);
            String name = type.getName();
            int column = i + 1;
            checkName(positions, name, column);
            if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED)) {
                throw Problems.column(column, name, "is " + describeNested(type) + ", but Charter reads flat tables "
                        + "with one value per row and column; flatten it into plain columns, or drop it, before uploading");
            }
            try {
                columns[i] = ColumnText.of(type.asPrimitiveType(), fields, i, limits.maxFieldChars());
            } catch (ColumnText.Unsupported e) {
                throw Problems.column(column, name, e.getMessage());
            }
        }
        return new RowMaterializer(fields, columns);
    }

    private static void checkName(Map<String, Integer> positions, String name, int column) throws DataFormatException {
        String key = name.strip();
        if (key.isEmpty()) {
            throw Problems.column(column, null, "column name must not be empty");
        }
        Integer earlier = positions.putIfAbsent(key, column);
        if (earlier != null) {
            throw Problems.column(column, key, "column name must be unique, but \"" + key
                    + "\" is also the name of column " + earlier + " (compared trimmed, case-sensitive)");
        }
    }

    private static String describeNested(Type type) {
        if (type.isPrimitive()) {
            return "a repeated " + ColumnText.physicalName(type.asPrimitiveType()) + " field (a list)";
        }
        GroupType group = type.asGroupType();
        LogicalTypeAnnotation logical = group.getLogicalTypeAnnotation();
        String kind = logical == null ? "a nested struct" : "a nested " + logical;
        return (group.isRepetition(Type.Repetition.REPEATED) ? "a repeated group" : kind)
                + " with " + group.getFieldCount() + " field" + (group.getFieldCount() == 1 ? "" : "s");
    }

    @Override
    public String[] getCurrentRecord() {
        return fields;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }
}
