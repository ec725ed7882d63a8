package io.charter.governance.data.split;

import io.charter.governance.data.ColumnType;
import io.charter.governance.data.Values;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads a time column into sortable keys: ISO-8601 dates or date-times as epoch milliseconds
 * ({@link Values#epochMillis}, UTC when no offset is given), or finite numbers as the bits of the
 * double, reordered so that comparing keys as longs compares the numbers. Which of the two a column
 * holds is decided by its first value; every row must then have a value of the same kind, since a
 * missing or foreign time cannot be placed before or after the others.
 */
final class TimeValues {

    private enum Kind { DATETIME, NUMBER }

    private final int column;
    private final String name;
    private Kind kind;
    private long firstRow;
    private String firstValue;

    TimeValues(int column, String name) {
        this.column = column;
        this.name = name;
    }

    /** The key of 0-based {@code row}'s time; a missing or unreadable one is a bad value. */
    long key(long row, String[] fields) throws IOException {
        String value = Values.clean(fields[column]);
        if (value == null) {
            throw RowPasses.badValue(row, column, name, "the time column must have a value in every row, "
                    + "but this one is missing");
        }
        Kind found = Values.conforms(value, ColumnType.DATETIME) ? Kind.DATETIME
                : Double.isNaN(Values.number(value)) ? null : Kind.NUMBER;
        if (found == null) {
            throw RowPasses.badValue(row, column, name, "the time column must have an ISO-8601 date-time or a "
                    + "number, but has \"" + value + "\"");
        }
        if (kind == null) {
            kind = found;
            firstRow = row;
            firstValue = value;
        } else if (found != kind) {
            throw RowPasses.badValue(row, column, name, "the time column must have a "
                    + (kind == Kind.DATETIME ? "date-time" : "number") + " like row " + (firstRow + 1) + " (\""
                    + firstValue + "\"), but has \"" + value + "\"");
        }
        return kind == Kind.DATETIME ? Values.epochMillis(value) : sortable(Values.number(value));
    }

    /** A key as text: an ISO-8601 instant in UTC, or the number. */
    String text(long key) {
        if (kind == Kind.DATETIME) {
            return Instant.ofEpochMilli(key).toString();
        }
        double number = number(key);
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                : Double.toString(number);
    }

    /** Long order equals numeric order: negative doubles have their magnitude bits flipped. */
    static long sortable(double number) {
        long bits = Double.doubleToLongBits(number + 0.0);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    static double number(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }
}
