package io.charter.governance.data.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full matches of one user-supplied pattern against many values, each within a fixed budget of
 * work. java.util.regex backtracks, so a pattern such as {@code ((a+)+)+b} takes time exponential
 * in the value's length (catastrophic backtracking, a known denial of service: OWASP "ReDoS").
 * The matcher reads the value only through {@link CharSequence#charAt}, so the value is wrapped
 * in a sequence that counts those reads and throws after {@value #MAX_STEPS} of them: a step is
 * one character read, and linear patterns need a few per character. Values longer than
 * {@value #MAX_VALUE_CHARS} characters are not matched at all, which also keeps the matcher's
 * recursion (one stack frame per repetition in some patterns) well within a thread's stack.
 * Not thread-safe: one per rule and pass.
 */
final class BoundedMatcher {

    /** Longest value matched; longer values are {@link Outcome#TOO_LONG}. */
    static final int MAX_VALUE_CHARS = 1_000;
    /** Characters the matcher may read for one value before it is stopped. */
    static final long MAX_STEPS = 100_000;

    /** How matching one value ended. */
    enum Outcome { MATCH, NO_MATCH, TOO_LONG, TOO_COMPLEX }

    private final CountingChars text = new CountingChars();
    private final Matcher matcher;

    BoundedMatcher(Pattern pattern) {
        matcher = pattern.matcher("");
    }

    /** Whether {@code value} matches the whole pattern, or why that could not be decided. */
    Outcome match(String value) {
        if (value.length() > MAX_VALUE_CHARS) {
            return Outcome.TOO_LONG;
        }
        text.reset(value);
        try {
            return matcher.reset(text).matches() ? Outcome.MATCH : Outcome.NO_MATCH;
        } catch (BudgetExceeded e) {
            return Outcome.TOO_COMPLEX;
        } catch (StackOverflowError e) {
            // Thrown by the JDK's recursive matcher on this thread, holding no locks and leaving no
            // shared state behind (the matcher is reset before each use): a pattern too deep for
            // this value, reported like one too slow rather than ending the whole validation.
            return Outcome.TOO_COMPLEX;
        }
    }

    /** The value, read through a counter. */
    private static final class CountingChars implements CharSequence {

        private String value = "";
        private long steps;

        void reset(String value) {
            this.value = value;
            steps = 0;
        }

        @Override
        public char charAt(int index) {
            if (++steps > MAX_STEPS) {
                throw new BudgetExceeded();
            }
            return value.charAt(index);
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return value.subSequence(start, end);
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** Ends a match that used up its budget; no stack trace, since it is expected and caught at once. */
    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("step budget exceeded", null, false, false);
        }
    }
}
