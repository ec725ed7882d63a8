package io.charter.governance.data.validation;

import io.charter.governance.data.Values;
import io.charter.governance.data.validation.Wording.Phrase;

/** RANGE: a non-missing value fails if it is not a finite number or lies outside the bounds. */
final class RangeCheck extends ColumnCheck {

    private final double min;
    private final double max;
    private long notNumbers;

    RangeCheck(ValidationRule rule) {
        super(rule);
        min = rule.min() == null ? Double.NEGATIVE_INFINITY : rule.min();
        max = rule.max() == null ? Double.POSITIVE_INFINITY : rule.max();
    }

    @Override
    void accept(long row, String raw, String value) {
        if (value == null) {
            return;
        }
        evaluated++;
        double number = Values.number(value);
        if (Double.isNaN(number)) {
            notNumbers++;
            fail(row, value);
        } else if (number < min || number > max) {
            fail(row, value);
        }
    }

    @Override
    RuleResult result(int index, long rows) {
        String outside = Wording.outside(rule.min(), rule.max());
        Phrase failed;
        if (notNumbers == 0) {
            failed = Phrase.be(outside);
        } else if (notNumbers == failing) {
            failed = Phrase.of("is not a number", "are not numbers");
        } else {
            failed = Phrase.be(outside + " or not numbers (" + Wording.count(notNumbers)
                    + (notNumbers == 1 ? " not a number)" : " not numbers)"));
        }
        String message = Wording.tally(evaluated, failing, failed, Phrase.be(Wording.within(rule.min(), rule.max())));
        return result(index, failing == 0, null, message);
    }
}
