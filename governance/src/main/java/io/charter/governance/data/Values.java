package io.charter.governance.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * How every stage after the upload scan reads one stored field: trimmed; missing if it is one of
 * {@link CsvScanner#MISSING_VALUES}; a value of a column type only if the scanner would have
 * counted it as one. Validation, splits and preprocessing use these so that a value means the same
 * thing everywhere.
 */
public final class Values {

    private Values() {
    }

    /** The trimmed field, or null when it is a missing value. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        return ValueSyntax.isMissing(v) ? null : v;
    }

    /** True if the raw field is a missing value. */
    public static boolean isMissing(String raw) {
        return clean(raw) == null;
    }

    /**
     * True if the trimmed, non-missing {@code value} is a value of {@code type} by the scanner's
     * rules. CATEGORICAL, TEXT and ID accept any text (uniqueness is a rule of its own).
     */
    public static boolean conforms(String value, ColumnType type) {
        return switch (type) {
            case BOOLEAN -> ValueSyntax.isBoolean(value);
            case INTEGER -> ValueSyntax.isIntegerSyntax(value) && fitsLong(value);
            case NUMERIC -> ValueSyntax.isDecimal(value);
            case DATETIME -> ValueSyntax.isDateTime(value);
            case CATEGORICAL, TEXT, ID -> true;
        };
    }

    /**
     * The number a trimmed value spells, or NaN if it is not a finite decimal by the scanner's
     * rules (so "NaN", "Infinity" and hex are not numbers here either).
     */
    public static double number(String value) {
        if (value == null || !ValueSyntax.isDecimal(value)) {
            return Double.NaN;
        }
        double d = Double.parseDouble(value);
        return Double.isFinite(d) ? d : Double.NaN;
    }

    /**
     * The instant an ISO-8601 date or date-time value names, in epoch milliseconds; a value
     * without an offset is read as UTC (a date as its midnight). Throws
     * {@link IllegalArgumentException} if the value is not a DATETIME value.
     */
    public static long epochMillis(String value) {
        if (value == null || !ValueSyntax.isDateTime(value)) {
            throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + value);
        }
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        String normalized = value.charAt(10) == ' ' ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        try {
            TemporalAccessor parsed = ValueSyntax.DATE_TIME.parse(normalized);
            if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(parsed).toInstant().toEpochMilli();
            }
            return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + value, e);
        }
    }

    /** BOOLEAN spellings read as one: "true"/"yes" → true; anything else false. */
    public static boolean isTrue(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
    }

    private static boolean fitsLong(String v) {
        try {
            Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
