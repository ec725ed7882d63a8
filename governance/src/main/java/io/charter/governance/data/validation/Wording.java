package io.charter.governance.data.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** How results and problems put counts, bounds and values into words, the same way everywhere. */
final class Wording {

    /** Longest user text (a pattern, a column name) quoted in a message before it is cut. */
    static final int MAX_QUOTED_CHARS = 80;
    private static final int MAX_LISTED_COLUMNS = 10;

    private Wording() {
    }

    /** A count with thousands separators: 1,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A bound as written by a person: 120, 0.5, -3, 1.0E20; never with separators (they read as commas in [a, b]). */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Math.abs(d) < 1e15 && Math.abs(d) >= 1e-6 ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : Double.toString(d);
    }

    /** A percentage with at most four decimals: 12.5, 33.3333. */
    static String percent(double pct) {
        return BigDecimal.valueOf(pct).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** "[0, 120]", "at least 0" or "at most 120"; at least one bound is present. */
    static String bounds(Double min, Double max) {
        if (min != null && max != null) {
            return "[" + number(min) + ", " + number(max) + "]";
        }
        return min != null ? "at least " + number(min) : "at most " + number(max);
    }

    /** The bound broken, for a failing sentence: "outside [0, 120]", "below 0" or "above 120". */
    static String outside(Double min, Double max) {
        if (min != null && max != null) {
            return "outside " + bounds(min, max);
        }
        return min != null ? "below " + number(min) : "above " + number(max);
    }

    /** The bound kept, for a passing sentence: "within [0, 120]", "at least 0" or "at most 120". */
    static String within(Double min, Double max) {
        return min != null && max != null ? "within " + bounds(min, max) : bounds(min, max);
    }

    /**
     * "3 of 1,000 values are outside [0, 120]" when some failed, "all 1,000 values are within
     * [0, 120]" when none did, "no values to check" when there were none. Each phrase comes as the
     * verb for one value and for several: {@code ("is", "are", " outside [0, 120]")}.
     */
    static String tally(long evaluated, long failing, Phrase failed, Phrase held) {
        if (evaluated == 0) {
            return "no values to check";
        }
        if (failing > 0) {
            return count(failing) + " of " + count(evaluated) + " " + (evaluated == 1 ? "value " : "values ")
                    + failed.forCount(failing);
        }
        return evaluated == 1 ? "the one value " + held.forCount(1) : "all " + count(evaluated) + " values "
                + held.forCount(evaluated);
    }

    /** A user's text in double quotes, cut to {@link #MAX_QUOTED_CHARS}. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() <= MAX_QUOTED_CHARS ? text : text.substring(0, MAX_QUOTED_CHARS - 1) + "…";
        return "\"" + shown + "\"";
    }

    /** The first few column names, quoted, and how many more there are. */
    static String columns(List<String> header) {
        if (header.isEmpty()) {
            return "none";
        }
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < Math.min(header.size(), MAX_LISTED_COLUMNS); i++) {
            listed.append(i == 0 ? "" : ", ").append(quote(header.get(i)));
        }
        int more = header.size() - MAX_LISTED_COLUMNS;
        return more > 0 ? listed + " and " + count(more) + " more" : listed.toString();
    }

    /** A verb phrase in its singular and plural forms, e.g. ("is missing", "are missing"). */
    record Phrase(String one, String many) {

        static Phrase of(String one, String many) {
            return new Phrase(one, many);
        }

        /** "is …"/"are …" style phrases: the same complement after is/are. */
        static Phrase be(String complement) {
            return new Phrase("is " + complement, "are " + complement);
        }

        String forCount(long n) {
            return n == 1 ? one : many;
        }
    }
}
