package io.charter.governance.data.validation;

/**
 * MAX_MISSING_PCT: every row's value counts and the missing ones are tallied (and shown as
 * examples); the rule fails only if their share, in percent, exceeds the allowed maximum.
 */
final class MissingShareCheck extends ColumnCheck {

    private final double maxPct;

    MissingShareCheck(ValidationRule rule) {
        super(rule);
        maxPct = rule.max();
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
        double pct = evaluated == 0 ? 0.0 : 100.0 * failing / evaluated;
        boolean passed = pct <= maxPct;
        String message = evaluated == 0 ? "no values to check" : Wording.percent(pct) + "% of "
                + Wording.count(evaluated) + (evaluated == 1 ? " value is" : " values are") + " missing ("
                + Wording.count(failing) + "), " + (passed ? "within" : "more than") + " the "
                + Wording.percent(maxPct) + "% allowed";
        return result(index, passed, pct, message);
    }
}
