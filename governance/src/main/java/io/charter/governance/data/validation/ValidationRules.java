package io.charter.governance.data.validation;

import io.charter.governance.data.ColumnType;
import io.charter.governance.data.CsvScanner;
import io.charter.governance.data.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a dataset's rules before they are stored, so that every mistake comes back at once as a
 * {@link RuleProblem} naming its field ({@code rules[i].field}), and so that {@link DatasetValidator}
 * can run them without surprises. The limits keep one validation pass bounded: at most
 * {@value #MAX_RULES} rules, {@value #MAX_ALLOWED_VALUES} allowed values per rule and
 * {@value #MAX_PATTERN_CHARS}-character patterns.
 */
public final class ValidationRules {

    /** Most rules a dataset may have. */
    public static final int MAX_RULES = 100;
    /** Most values an ALLOWED_VALUES rule may list. */
    public static final int MAX_ALLOWED_VALUES = 1_000;
    /** Longest REGEX pattern, in characters. */
    public static final int MAX_PATTERN_CHARS = 500;

    private static final String KINDS = Arrays.toString(RuleKind.values());
    private static final String TYPES = Arrays.toString(ColumnType.values());

    private ValidationRules() {
    }

    /** Everything wrong with {@code rules}, in rule order; empty if they can be stored and run. */
    public static List<RuleProblem> check(List<ValidationRule> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        if (rules == null) {
            problems.add(new RuleProblem("rules", "must be a list of rules, but got null"));
            return problems;
        }
        if (rules.size() > MAX_RULES) {
            problems.add(new RuleProblem("rules", "must have at most " + MAX_RULES + " rules, but has "
                    + Wording.count(rules.size())));
        }
        Map<ValidationRule, Integer> seen = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            String path = "rules[" + i + "]";
            ValidationRule rule = rules.get(i);
            if (rule == null) {
                problems.add(new RuleProblem(path, "must be a rule, but got null"));
            } else if (rule.kind() == null) {
                problems.add(new RuleProblem(path + ".kind", "must be one of " + KINDS + ", but got null"));
            } else {
                int before = problems.size();
                new RuleCheck(rule, path, problems).run();
                Integer first = problems.size() == before ? seen.putIfAbsent(normalized(rule), i) : null;
                if (first != null) {
                    problems.add(new RuleProblem(path, "must differ from rules[" + first + "], but is the same rule"));
                }
            }
        }
        return problems;
    }

    /** The rule as compared for duplicates: the column trimmed, as it is matched against the header. */
    private static ValidationRule normalized(ValidationRule r) {
        String column = r.column() == null ? null : r.column().strip();
        return new ValidationRule(r.kind(), column, r.min(), r.max(), r.values(), r.pattern(), r.type());
    }

    /** The checks of one rule whose kind is known; problems are added to the shared list. */
    private record RuleCheck(ValidationRule rule, String path, List<RuleProblem> problems) {

        void run() {
            checkUnusedFields();
            if (rule.kind().fields().contains("column") && (rule.column() == null || rule.column().isBlank())) {
                add("column", "must name a column for " + rule.kind() + " rules, but got "
                        + (rule.column() == null ? "null" : "a blank name"));
            }
            switch (rule.kind()) {
                case RANGE -> checkBounds(rule.min(), rule.max());
                case ROW_COUNT -> checkRowCount();
                case MAX_MISSING_PCT -> checkMissingPct();
                case ALLOWED_VALUES -> checkValues();
                case REGEX -> checkPattern();
                case TYPE -> require("type", rule.type(), "must be one of " + TYPES + " for TYPE rules");
                case NOT_NULL, UNIQUE -> { }
            }
        }

        private void checkUnusedFields() {
            Object[] values = {rule.column(), rule.min(), rule.max(), rule.values(), rule.pattern(), rule.type()};
            String[] names = {"column", "min", "max", "values", "pattern", "type"};
            for (int f = 0; f < names.length; f++) {
                if (values[f] != null && !rule.kind().fields().contains(names[f])) {
                    add(names[f], "must be absent for " + rule.kind() + " rules, which read only "
                            + String.join(" and ", rule.kind().fields()) + ", but got " + shown(values[f]));
                }
            }
        }

        private void checkRowCount() {
            checkBounds(rule.min(), rule.max());
            checkWholeCount("min", rule.min());
            checkWholeCount("max", rule.max());
        }

        private void checkBounds(Double min, Double max) {
            if (min == null && max == null) {
                add("min", "must be given for " + rule.kind() + " rules when max is absent, but both are absent");
                return;
            }
            boolean finite = checkFinite("min", min) & checkFinite("max", max);
            if (finite && min != null && max != null && min > max) {
                add("min", "must be at most max (" + Wording.number(max) + "), but got " + Wording.number(min));
            }
        }

        private boolean checkFinite(String field, Double bound) {
            if (bound != null && !Double.isFinite(bound)) {
                add(field, "must be a finite number, but got " + bound);
                return false;
            }
            return true;
        }

        private void checkWholeCount(String field, Double bound) {
            if (bound != null && Double.isFinite(bound) && (bound < 0 || bound != Math.rint(bound))) {
                add(field, "must be a whole number of rows, at least 0, but got " + Wording.number(bound));
            }
        }

        private void checkMissingPct() {
            if (require("max", rule.max(), "must be the largest share of missing values allowed, in percent")
                    && !(rule.max() >= 0 && rule.max() <= 100)) {
                add("max", "must be a percentage between 0 and 100, but got " + rule.max());
            }
        }

        private void checkValues() {
            List<String> values = rule.values();
            if (!require("values", values, "must list the allowed values for ALLOWED_VALUES rules")) {
                return;
            }
            if (values.isEmpty()) {
                add("values", "must list at least one allowed value, but is empty");
            } else if (values.size() > MAX_ALLOWED_VALUES) {
                add("values", "must list at most " + Wording.count(MAX_ALLOWED_VALUES) + " allowed values, but has "
                        + Wording.count(values.size()));
            } else {
                for (int j = 0; j < values.size(); j++) {
                    checkAllowedValue("values[" + j + "]", values.get(j));
                }
            }
        }

        private void checkAllowedValue(String field, String value) {
            String clean = value == null ? null : Values.clean(value);
            if (clean == null) {
                add(field, "must be a value, not a missing-value spelling " + CsvScanner.MISSING_VALUES
                        + " that rules skip (NOT_NULL and MAX_MISSING_PCT check those), but got "
                        + Wording.quote(value));
            } else if (!clean.equals(value)) {
                add(field, "must not start or end with whitespace, since values are compared trimmed, but got "
                        + Wording.quote(value));
            }
        }

        private void checkPattern() {
            String pattern = rule.pattern();
            if (!require("pattern", pattern, "must be a regular expression for REGEX rules")) {
                return;
            }
            if (pattern.isEmpty()) {
                add("pattern", "must be a regular expression for REGEX rules, but is empty");
            } else if (pattern.length() > MAX_PATTERN_CHARS) {
                add("pattern", "must be at most " + MAX_PATTERN_CHARS + " characters, but has "
                        + Wording.count(pattern.length()));
            } else {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    add("pattern", "must be a valid regular expression: " + e.getDescription()
                            + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
                }
            }
        }

        /** True if {@code value} is present; otherwise adds "{expected}, but is absent". */
        private boolean require(String field, Object value, String expected) {
            if (value == null) {
                add(field, expected + ", but is absent");
                return false;
            }
            return true;
        }

        private void add(String field, String message) {
            problems.add(new RuleProblem(path + "." + field, message));
        }

        private static String shown(Object value) {
            if (value instanceof String s) {
                return Wording.quote(s);
            }
            if (value instanceof List<?> list) {
                return "a list of " + list.size() + (list.size() == 1 ? " value" : " values");
            }
            return value instanceof Double d ? Wording.number(d) : String.valueOf(value);
        }
    }
}
