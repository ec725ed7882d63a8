package io.charter.governance.data.validation;

import io.charter.governance.data.validation.Wording.Phrase;

/** NOT_NULL: every row's value counts, and a missing one fails (shown as stored: "", "NA", …). */
final class NotNullCheck extends ColumnCheck {

    NotNullCheck(ValidationRule rule) {
        super(rule);
    }

    @Override
    void accept(long row, String raw, String value) {
        evaluated++;
        if (value == null) {
            fail(row, raw);
        }
    }

    @Override
    RuleResult result(int index, long rows) {
        return result(index, failing == 0, null,
                Wording.tally(evaluated, failing, Phrase.be("missing"), Phrase.be("present")));
    }
}
