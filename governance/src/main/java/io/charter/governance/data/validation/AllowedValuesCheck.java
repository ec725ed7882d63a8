package io.charter.governance.data.validation;

import io.charter.governance.data.validation.Wording.Phrase;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** ALLOWED_VALUES: a non-missing value fails unless it equals one of the listed values exactly. */
final class AllowedValuesCheck extends ColumnCheck {

    /** Up to this many allowed values are quoted in the message; more are counted. */
    private static final int MAX_QUOTED_VALUES = 5;

    private final Set<String> allowed;

    AllowedValuesCheck(ValidationRule rule) {
        super(rule);
        allowed = new LinkedHashSet<>(rule.values());
    }

    @Override
    void accept(long row, String raw, String value) {
        if (value == null) {
            return;
        }
        evaluated++;
        if (!allowed.contains(value)) {
            fail(row, value);
        }
    }

    @Override
    RuleResult result(int index, long rows) {
        String among = allowed.size() <= MAX_QUOTED_VALUES
                ? "among " + allowed.stream().map(Wording::quote).collect(Collectors.joining(", "))
                : "among the " + Wording.count(allowed.size()) + " allowed values";
        return result(index, failing == 0, null,
                Wording.tally(evaluated, failing, Phrase.be("not " + among), Phrase.be(among)));
    }
}
