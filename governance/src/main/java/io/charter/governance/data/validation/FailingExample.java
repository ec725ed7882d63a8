package io.charter.governance.data.validation;

/**
 * A value that broke a rule, so that a user can find it in the file.
 *
 * @param row   1-based data row (row 1 is the first row after the header)
 * @param value the value as read (trimmed; for NOT_NULL and MAX_MISSING_PCT the stored spelling of
 *              the missing value), cut to {@link #MAX_VALUE_CHARS} characters
 */
public record FailingExample(long row, String value) {

    /** Longest value kept in an example; a longer one ends in "…" at this length. */
    public static final int MAX_VALUE_CHARS = 200;

    /** The example for {@code value} at {@code row}, the value cut to {@link #MAX_VALUE_CHARS}. */
    static FailingExample of(long row, String value) {
        return new FailingExample(row, cut(value));
    }

    static String cut(String value) {
        if (value == null || value.length() <= MAX_VALUE_CHARS) {
            return value;
        }
        int end = MAX_VALUE_CHARS - 1;
        // Never split a surrogate pair: a lone surrogate is not valid UTF-8 in the JSON.
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
