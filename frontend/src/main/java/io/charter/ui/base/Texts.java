package io.charter.ui.base;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Conversions between optional service values and form fields, and how the UI shows times. */
public final class Texts {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Texts() {
    }

    /** A field's value for an optional text: empty for {@code null}. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An optional text from a field's value: {@code null} for blank, trimmed otherwise. */
    public static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static String minutes(Instant t) {
        return t == null ? "" : MINUTES.format(t);
    }

    public static String seconds(Instant t) {
        return t == null ? "" : SECONDS.format(t);
    }
}
