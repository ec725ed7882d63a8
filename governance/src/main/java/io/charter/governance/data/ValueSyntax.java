package io.charter.governance.data;

import java.time.Month;
import java.time.Year;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * What one trimmed, non-missing value looks like. Each test is a pure function so that a column's
 * type is simply "every value passes the test". They are hand-written scans rather than parsers or
 * regular expressions because they run on every value of a multi-GB file; only date-times with a
 * time part go through {@link DateTimeFormatter}.
 */
final class ValueSyntax {

    /**
     * ISO-8601 date ({@code 2024-03-01}) optionally followed by {@code T} and a time with optional
     * seconds and fraction and an optional offset ({@code Z}, {@code +01:00}, {@code +0100}).
     * A space instead of {@code T} is accepted by {@link #isDateTime} (SQL and pandas write it).
     */
    static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final int DATE_LENGTH = "yyyy-MM-dd".length();
    private static final int UUID_LENGTH = 36;
    private static final int LONGEST_MISSING_VALUE = CsvScanner.MISSING_VALUES.stream()
            .mapToInt(String::length).max().orElse(0);

    private ValueSyntax() {
    }

    static boolean isMissing(String trimmed) {
        return trimmed.length() <= LONGEST_MISSING_VALUE && CsvScanner.MISSING_VALUES.contains(trimmed);
    }

    static boolean isBoolean(String v) {
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")
                || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("no");
    }

    /** An optional sign and ASCII digits only; "1.0" and "1e3" are not integers. Range is the caller's check. */
    static boolean isIntegerSyntax(String v) {
        int start = signLength(v);
        return start < v.length() && digitsFrom(v, start) == v.length();
    }

    /**
     * A finite decimal number: {@code [+-]? (d+ [. d*] | . d+) ([eE] [+-]? d+)?}. Deliberately
     * stricter than {@link Double#parseDouble}, which also accepts "NaN", "Infinity", "1d" and hex.
     */
    static boolean isDecimal(String v) {
        int i = signLength(v);
        int intEnd = digitsFrom(v, i);
        int fracEnd = intEnd;
        if (intEnd < v.length() && v.charAt(intEnd) == '.') {
            fracEnd = digitsFrom(v, intEnd + 1);
        }
        boolean hasDigits = intEnd > i || fracEnd > intEnd + 1;
        if (!hasDigits) {
            return false;
        }
        if (fracEnd == v.length()) {
            return true;
        }
        char e = v.charAt(fracEnd);
        if (e != 'e' && e != 'E') {
            return false;
        }
        int expDigits = fracEnd + 1;
        if (expDigits < v.length() && (v.charAt(expDigits) == '+' || v.charAt(expDigits) == '-')) {
            expDigits++;
        }
        return expDigits < v.length() && digitsFrom(v, expDigits) == v.length();
    }

    /** A date alone is checked by hand (it is the common case and the formatter is slow); a time goes to it. */
    static boolean isDateTime(String v) {
        if (v.length() < DATE_LENGTH || !isIsoDate(v)) {
            return false;
        }
        if (v.length() == DATE_LENGTH) {
            return true;
        }
        String normalized = v.charAt(DATE_LENGTH) == ' '
                ? v.substring(0, DATE_LENGTH) + 'T' + v.substring(DATE_LENGTH + 1) : v;
        try {
            DATE_TIME.parse(normalized);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code yyyy-MM-dd} at the start of {@code v}, a real calendar day (proleptic Gregorian). */
    private static boolean isIsoDate(String v) {
        if (digitsFrom(v, 0) != 4 || v.charAt(4) != '-' || digitsFrom(v, 5) != 7 || v.charAt(7) != '-'
                || digitsFrom(v, 8) < DATE_LENGTH) {
            return false;
        }
        int year = Integer.parseInt(v, 0, 4, 10);
        int month = Integer.parseInt(v, 5, 7, 10);
        int day = Integer.parseInt(v, 8, 10, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    /** The canonical 8-4-4-4-12 hexadecimal form of RFC 9562 (formerly RFC 4122) UUIDs. */
    static boolean isUuid(String v) {
        if (v.length() != UUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = v.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "id", "uuid", "key" (any case), or a name ending in "_id", "Id" or "ID" ("user_id", "orderId"). */
    static boolean isIdLikeName(String name) {
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        return lower.equals("id") || lower.equals("uuid") || lower.equals("key")
                || lower.endsWith("_id") || n.endsWith("Id") || n.endsWith("ID");
    }

    private static int signLength(String v) {
        return !v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-') ? 1 : 0;
    }

    /** Index of the first non-ASCII-digit at or after {@code from}. */
    private static int digitsFrom(String v, int from) {
        int i = from;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
