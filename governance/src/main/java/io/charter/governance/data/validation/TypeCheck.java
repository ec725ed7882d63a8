package io.charter.governance.data.validation;

import io.charter.governance.data.ColumnType;
import io.charter.governance.data.Values;
import io.charter.governance.data.validation.Wording.Phrase;

/** TYPE: a non-missing value fails unless the upload scanner would count it as a value of the type. */
final class TypeCheck extends ColumnCheck {

    private final ColumnType type;

    TypeCheck(ValidationRule rule) {
        super(rule);
        type = rule.type();
    }

    @Override
    void accept(long row, String raw, String value) {
        if (value == null) {
            return;
        }
        evaluated++;
        if (!Values.conforms(value, type)) {
            fail(row, value);
        }
    }

    @Override
    RuleResult result(int index, long rows) {
        return result(index, failing == 0, null,
                Wording.tally(evaluated, failing, Phrase.be("not of type " + type), Phrase.be("of type " + type)));
    }
}
