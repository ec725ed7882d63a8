package io.charter.governance.data.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.data.ColumnType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rule lists are checked field by field before they are stored; each problem names its path. */
class ValidationRulesTest {

    private static List<RuleProblem> check(ValidationRule... rules) {
        return ValidationRules.check(Arrays.asList(rules));
    }

    private static RuleProblem problem(String path, String message) {
        return new RuleProblem(path, message);
    }

    @Test
    void shouldAcceptOneWellFormedRuleOfEachKind() {
        assertThat(check(ValidationRule.notNull("id"), ValidationRule.range("age", 0.0, 120.0),
                ValidationRule.range("score", null, 1.0), ValidationRule.allowedValues("sex", List.of("f", "m")),
                ValidationRule.regex("code", "[A-Z]{2}\\d+"), ValidationRule.unique("id"),
                ValidationRule.rowCount(1.0, null), ValidationRule.maxMissingPct("age", 5),
                ValidationRule.type("day", ColumnType.DATETIME))).isEmpty();
        assertThat(ValidationRules.check(List.of())).isEmpty();
    }

    @Test
    void shouldReportANullListAndNullRulesAndKinds() {
        assertThat(ValidationRules.check(null))
                .containsExactly(problem("rules", "must be a list of rules, but got null"));
        assertThat(check(null, new ValidationRule(null, "a", null, null, null, null, null))).containsExactly(
                problem("rules[0]", "must be a rule, but got null"),
                problem("rules[1].kind", "must be one of [NOT_NULL, RANGE, ALLOWED_VALUES, REGEX, UNIQUE, ROW_COUNT, "
                        + "MAX_MISSING_PCT, TYPE], but got null"));
    }

    @Test
    void shouldRequireAColumnExceptForRowCountWhichForbidsOne() {
        assertThat(check(ValidationRule.notNull(null), ValidationRule.unique("  "),
                new ValidationRule(RuleKind.ROW_COUNT, "id", 1.0, null, null, null, null))).containsExactly(
                problem("rules[0].column", "must name a column for NOT_NULL rules, but got null"),
                problem("rules[1].column", "must name a column for UNIQUE rules, but got a blank name"),
                problem("rules[2].column", "must be absent for ROW_COUNT rules, which read only min and max, "
                        + "but got \"id\""));
    }

    @Test
    void shouldRejectFieldsTheKindDoesNotRead() {
        ValidationRule rule = new ValidationRule(RuleKind.NOT_NULL, "a", 1.0, null, List.of("x"), "x+",
                ColumnType.TEXT);

        assertThat(check(rule)).extracting(RuleProblem::path)
                .containsExactly("rules[0].min", "rules[0].values", "rules[0].pattern", "rules[0].type");
        assertThat(check(rule).get(1).message()).isEqualTo("must be absent for NOT_NULL rules, which read only "
                + "column, but got a list of 1 value");
    }

    @Test
    void shouldCheckRangeBounds() {
        assertThat(check(ValidationRule.range("a", null, null), ValidationRule.range("a", 5.0, 1.0),
                ValidationRule.range("a", Double.NaN, Double.POSITIVE_INFINITY))).containsExactly(
                problem("rules[0].min", "must be given for RANGE rules when max is absent, but both are absent"),
                problem("rules[1].min", "must be at most max (1), but got 5"),
                problem("rules[2].min", "must be a finite number, but got NaN"),
                problem("rules[2].max", "must be a finite number, but got Infinity"));
    }

    @Test
    void shouldRequireWholeNonNegativeRowCounts() {
        assertThat(check(ValidationRule.rowCount(-1.0, 2.5), ValidationRule.rowCount(null, null))).containsExactly(
                problem("rules[0].min", "must be a whole number of rows, at least 0, but got -1"),
                problem("rules[0].max", "must be a whole number of rows, at least 0, but got 2.5"),
                problem("rules[1].min", "must be given for ROW_COUNT rules when max is absent, but both are absent"));
    }

    @Test
    void shouldRequireAMissingPercentageBetweenZeroAndHundred() {
        assertThat(check(ValidationRule.maxMissingPct("a", 120), ValidationRule.maxMissingPct("a", -0.5),
                new ValidationRule(RuleKind.MAX_MISSING_PCT, "a", 1.0, null, null, null, null))).containsExactly(
                problem("rules[0].max", "must be a percentage between 0 and 100, but got 120.0"),
                problem("rules[1].max", "must be a percentage between 0 and 100, but got -0.5"),
                problem("rules[2].min", "must be absent for MAX_MISSING_PCT rules, which read only column and max, "
                        + "but got 1"),
                problem("rules[2].max", "must be the largest share of missing values allowed, in percent, "
                        + "but is absent"));
    }

    @Test
    void shouldCheckAllowedValues() {
        List<String> tooMany = IntStream.range(0, 1001).mapToObj(i -> "v" + i).toList();

        assertThat(check(ValidationRule.allowedValues("a", null), ValidationRule.allowedValues("a", List.of()),
                ValidationRule.allowedValues("a", tooMany),
                ValidationRule.allowedValues("a", Arrays.asList("ok", null, "NA", " padded")))).containsExactly(
                problem("rules[0].values", "must list the allowed values for ALLOWED_VALUES rules, but is absent"),
                problem("rules[1].values", "must list at least one allowed value, but is empty"),
                problem("rules[2].values", "must list at most 1,000 allowed values, but has 1,001"),
                problem("rules[3].values[1]", "must be a value, not a missing-value spelling "
                        + io.charter.governance.data.CsvScanner.MISSING_VALUES + " that rules skip (NOT_NULL and "
                        + "MAX_MISSING_PCT check those), but got null"),
                problem("rules[3].values[2]", "must be a value, not a missing-value spelling "
                        + io.charter.governance.data.CsvScanner.MISSING_VALUES + " that rules skip (NOT_NULL and "
                        + "MAX_MISSING_PCT check those), but got \"NA\""),
                problem("rules[3].values[3]", "must not start or end with whitespace, since values are compared "
                        + "trimmed, but got \" padded\""));
    }

    @Test
    void shouldCheckPatterns() {
        assertThat(check(ValidationRule.regex("a", "(ab"), ValidationRule.regex("a", "x".repeat(501)),
                ValidationRule.regex("a", ""), ValidationRule.regex("a", null))).containsExactly(
                problem("rules[0].pattern", "must be a valid regular expression: Unclosed group near index 3"),
                problem("rules[1].pattern", "must be at most 500 characters, but has 501"),
                problem("rules[2].pattern", "must be a regular expression for REGEX rules, but is empty"),
                problem("rules[3].pattern", "must be a regular expression for REGEX rules, but is absent"));
        assertThat(check(ValidationRule.regex("a", "x".repeat(500)))).isEmpty();
    }

    @Test
    void shouldRequireATypeForTypeRules() {
        assertThat(check(ValidationRule.type("a", null))).containsExactly(problem("rules[0].type",
                "must be one of [INTEGER, NUMERIC, BOOLEAN, DATETIME, CATEGORICAL, TEXT, ID] for TYPE rules, "
                        + "but is absent"));
    }

    @Test
    void shouldAllowAtMostOneHundredRules() {
        List<ValidationRule> rules = new ArrayList<>(List.of(ValidationRule.rowCount(0.0, null)));
        IntStream.range(0, 100).forEach(i -> rules.add(ValidationRule.notNull("c" + i)));

        assertThat(ValidationRules.check(rules)).containsExactly(
                problem("rules", "must have at most 100 rules, but has 101"));
        assertThat(ValidationRules.check(rules.subList(0, 100))).isEmpty();
    }

    @Test
    void shouldRejectARuleIdenticalToAnEarlierOneIgnoringColumnPadding() {
        assertThat(check(ValidationRule.unique("id"), ValidationRule.notNull("id"), ValidationRule.unique(" id "),
                ValidationRule.range("a", 0.0, 1.0), ValidationRule.range("a", 0.0, 2.0),
                ValidationRule.range("a", 0.0, 1.0))).containsExactly(
                problem("rules[2]", "must differ from rules[0], but is the same rule"),
                problem("rules[5]", "must differ from rules[3], but is the same rule"));
    }
}
