package io.charter.governance.data.validation;

import io.charter.governance.data.validation.BoundedMatcher.Outcome;
import io.charter.governance.data.validation.Wording.Phrase;
import java.util.regex.Pattern;

/**
 * REGEX: a non-missing value fails unless it matches the whole pattern. A value too long to match
 * fails too (and is counted in the message). If the pattern needs more than the matcher's budget
 * for one value, the rule stops there and fails: the pattern, not the data, needs fixing, and
 * trying it on millions more values would only spend the budget millions of times.
 */
final class RegexCheck extends ColumnCheck {

    private final BoundedMatcher matcher;
    private long tooLong;
    private long stoppedAtRow;

    RegexCheck(ValidationRule rule) {
        super(rule);
        matcher = new BoundedMatcher(Pattern.compile(rule.pattern()));
    }

    @Override
    void accept(long row, String raw, String value) {
        if (value == null || stoppedAtRow > 0) {
            return;
        }
        evaluated++;
        Outcome outcome = matcher.match(value);
        if (outcome == Outcome.MATCH) {
            return;
        }
        fail(row, value);
        if (outcome == Outcome.TOO_LONG) {
            tooLong++;
        } else if (outcome == Outcome.TOO_COMPLEX) {
            stoppedAtRow = row + 1;
        }
    }

    @Override
    RuleResult result(int index, long rows) {
        if (stoppedAtRow > 0) {
            return result(index, false, null, "stopped at row " + Wording.count(stoppedAtRow) + ": matching the "
                    + "pattern against its value took more than " + Wording.count(BoundedMatcher.MAX_STEPS)
                    + " steps; simplify the pattern (nested repetition such as (a+)+ backtracks exponentially)");
        }
        String note = tooLong == 0 ? "" : " (" + Wording.count(tooLong) + " longer than "
                + Wording.count(BoundedMatcher.MAX_VALUE_CHARS) + " characters, which are not matched)";
        return result(index, failing == 0, null, Wording.tally(evaluated, failing,
                Phrase.of("does not fully match the pattern" + note, "do not fully match the pattern" + note),
                Phrase.of("fully matches the pattern", "fully match the pattern")));
    }
}
