package io.charter.governance.data.validation;

import static io.charter.governance.data.validation.ValidationFixtures.example;
import static io.charter.governance.data.validation.ValidationFixtures.result;
import static io.charter.governance.data.validation.ValidationFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charter.governance.data.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule kind passing and failing on small versions, with exact counts, examples and messages. */
class DatasetValidatorTest {

    /** Ten rows; age has a missing "NA", a blank, a non-number and two values outside [0, 120]. */
    private static final String PEOPLE = """
            id,age,sex,code,day
            1,34,f,AB12,2024-01-01
            2,NA,m,AB13,2024-01-02
            3,-1,f,ab14,2024-01-03
            4,121,x,AB15,yesterday
            5,  7 ,m,AB1,2024-01-05
            6,,f,  AB17,2024-02-30
            7,old,F,AB18,2024-01-07
            8,120,m,XY19,2024-01-08
            9,0,f,AB20,2024-01-09
            10,55.5,m,AB21,2024-01-10
            """;

    @Test
    void shouldFailNotNullForEachMissingValueShowingItAsStored() throws Exception {
        RuleResult r = result(PEOPLE, ValidationRule.notNull("age"));

        assertThat(r.passed()).isFalse();
        assertThat(r.evaluated()).isEqualTo(10);
        assertThat(r.failing()).isEqualTo(2);
        assertThat(r.examples()).containsExactly(example(2, "NA"), example(6, ""));
        assertThat(r.message()).isEqualTo("2 of 10 values are missing");
        assertThat(r.observed()).isNull();
    }

    @Test
    void shouldPassNotNullOnACompleteColumn() throws Exception {
        RuleResult r = result(PEOPLE, ValidationRule.notNull("id"));

        assertThat(r.passed()).isTrue();
        assertThat(r.failing()).isZero();
        assertThat(r.examples()).isEmpty();
        assertThat(r.message()).isEqualTo("all 10 values are present");
    }

    @Test
    void shouldFailRangeForValuesOutsideTheBoundsAndForNonNumbers() throws Exception {
        RuleResult r = result(PEOPLE, ValidationRule.range("age", 0.0, 120.0));

        assertThat(r.evaluated()).isEqualTo(8);
        assertThat(r.failing()).isEqualTo(3);
        assertThat(r.examples()).containsExactly(example(3, "-1"), example(4, "121"), example(7, "old"));
        assertThat(r.message()).isEqualTo("3 of 8 values are outside [0, 120] or not numbers (1 not a number)");
    }

    @Test
    void shouldApplyAOneSidedRangeInclusively() throws Exception {
        RuleResult below = result("x\n1\n2\n3\n", ValidationRule.range("x", 2.0, null));
        RuleResult above = result("x\n1\n2\n3\n", ValidationRule.range("x", null, 2.5));
        RuleResult inside = result("x\n1\n2\n3\n", ValidationRule.range("x", 1.0, 3.0));

        assertThat(below.message()).isEqualTo("1 of 3 values is below 2");
        assertThat(below.examples()).containsExactly(example(1, "1"));
        assertThat(above.message()).isEqualTo("1 of 3 values is above 2.5");
        assertThat(inside.passed()).isTrue();
        assertThat(inside.message()).isEqualTo("all 3 values are within [1, 3]");
    }

    @Test
    void shouldSayWhenEveryFailingRangeValueIsNotANumber() throws Exception {
        RuleResult r = result("x\n1\nInfinity\nNaN\n0x10\n", ValidationRule.range("x", 0.0, 10.0));

        assertThat(r.failing()).isEqualTo(3);
        assertThat(r.message()).isEqualTo("3 of 4 values are not numbers");
    }

    @Test
    void shouldCompareAllowedValuesExactlyAfterTrimming() throws Exception {
        RuleResult r = result(PEOPLE, ValidationRule.allowedValues("sex", List.of("f", "m")));

        assertThat(r.evaluated()).isEqualTo(10);
        assertThat(r.failing()).isEqualTo(2);
        assertThat(r.examples()).containsExactly(example(4, "x"), example(7, "F"));
        assertThat(r.message()).isEqualTo("2 of 10 values are not among \"f\", \"m\"");
        assertThat(result(" c \na \n b\n", ValidationRule.allowedValues("c", List.of("a", "b"))).passed()).isTrue();
    }

    @Test
    void shouldCountRatherThanListManyAllowedValues() throws Exception {
        RuleResult r = result("c\nz\n", ValidationRule.allowedValues("c", List.of("a", "b", "c", "d", "e", "f")));

        assertThat(r.message()).isEqualTo("1 of 1 value is not among the 6 allowed values");
    }

    @Test
    void shouldRequireAFullRegexMatchOfTheTrimmedValue() throws Exception {
        RuleResult r = result(PEOPLE, ValidationRule.regex("code", "AB\\d{2}"));

        assertThat(r.evaluated()).isEqualTo(10);
        assertThat(r.failing()).isEqualTo(3);
        assertThat(r.examples()).containsExactly(example(3, "ab14"), example(5, "AB1"), example(8, "XY19"));
        assertThat(r.message()).isEqualTo("3 of 10 values do not fully match the pattern");
        assertThat(result(PEOPLE, ValidationRule.regex("code", "(?i)[a-z]{2}\\d+")).message())
                .isEqualTo("all 10 values fully match the pattern");
    }

    @Test
    void shouldCountEachRepeatOfAnEarlierValueAsFailingAndShowTheRepeat() throws Exception {
        RuleResult r = result("k\na\nb\na\nNA\n\nb\na\nc\n", ValidationRule.unique("k"));

        assertThat(r.evaluated()).isEqualTo(6);
        assertThat(r.failing()).isEqualTo(3);
        assertThat(r.examples()).containsExactly(example(3, "a"), example(6, "b"), example(7, "a"));
        assertThat(r.message()).isEqualTo("3 of 6 values repeat an earlier value");
        assertThat(result(PEOPLE, ValidationRule.unique("id")).message()).isEqualTo("all 10 values are distinct");
    }

    @Test
    void shouldCheckTheRowCountAgainstItsBounds() throws Exception {
        RuleResult ok = result(PEOPLE, ValidationRule.rowCount(10.0, 2000.0));
        RuleResult tooFew = result(PEOPLE, ValidationRule.rowCount(11.0, null));

        assertThat(ok.passed()).isTrue();
        assertThat(ok.observed()).isEqualTo(10.0);
        assertThat(ok.evaluated()).isEqualTo(1);
        assertThat(ok.failing()).isZero();
        assertThat(ok.message()).isEqualTo("10 rows, within [10, 2000]");
        assertThat(tooFew.passed()).isFalse();
        assertThat(tooFew.failing()).isEqualTo(1);
        assertThat(tooFew.message()).isEqualTo("10 rows, below 11");
        assertThat(result("a\n", ValidationRule.rowCount(null, 0.0)).message()).isEqualTo("0 rows, at most 0");
    }

    @Test
    void shouldFailMaxMissingPctOnlyAboveTheAllowedShare() throws Exception {
        RuleResult atLimit = result(PEOPLE, ValidationRule.maxMissingPct("age", 20));
        RuleResult above = result(PEOPLE, ValidationRule.maxMissingPct("age", 19.99));

        assertThat(atLimit.passed()).isTrue();
        assertThat(atLimit.observed()).isEqualTo(20.0);
        assertThat(atLimit.evaluated()).isEqualTo(10);
        assertThat(atLimit.failing()).isEqualTo(2);
        assertThat(atLimit.examples()).containsExactly(example(2, "NA"), example(6, ""));
        assertThat(atLimit.message()).isEqualTo("20% of 10 values are missing (2), within the 20% allowed");
        assertThat(above.passed()).isFalse();
        assertThat(above.message()).isEqualTo("20% of 10 values are missing (2), more than the 19.99% allowed");
    }

    @Test
    void shouldCheckTypesByTheScannersRules() throws Exception {
        RuleResult day = result(PEOPLE, ValidationRule.type("day", ColumnType.DATETIME));
        RuleResult age = result(PEOPLE, ValidationRule.type("age", ColumnType.INTEGER));

        assertThat(day.failing()).isEqualTo(2);
        assertThat(day.examples()).containsExactly(example(4, "yesterday"), example(6, "2024-02-30"));
        assertThat(day.message()).isEqualTo("2 of 10 values are not of type DATETIME");
        assertThat(age.evaluated()).isEqualTo(8);
        assertThat(age.examples()).containsExactly(example(7, "old"), example(10, "55.5"));
        assertThat(result(PEOPLE, ValidationRule.type("id", ColumnType.INTEGER)).message())
                .isEqualTo("all 10 values are of type INTEGER");
    }

    @Test
    void shouldKeepOnlyTheFirstFiveExamplesInRowOrder() throws Exception {
        RuleResult r = result("n\n" + "x\n".repeat(8), ValidationRule.range("n", 0.0, 1.0));

        assertThat(r.failing()).isEqualTo(8);
        assertThat(r.examples()).extracting(FailingExample::row).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void shouldCutLongExampleValuesToTwoHundredCharacters() throws Exception {
        String longValue = "y".repeat(500);

        RuleResult r = result("t\n" + longValue + "\n", ValidationRule.allowedValues("t", List.of("ok")));

        assertThat(r.examples().get(0).value()).hasSize(200).endsWith("y…");
    }

    @Test
    void shouldFailARuleWhoseColumnTheVersionLacksAndRunTheOthers() throws Exception {
        ValidationReport report = validate(PEOPLE, ValidationRule.notNull("income"),
                ValidationRule.notNull(" id "));

        RuleResult missing = report.results().get(0);
        assertThat(report.passed()).isFalse();
        assertThat(missing.passed()).isFalse();
        assertThat(missing.evaluated()).isZero();
        assertThat(missing.examples()).isEmpty();
        assertThat(missing.message()).isEqualTo("this version has no column \"income\"; its columns are \"id\", "
                + "\"age\", \"sex\", \"code\", \"day\"");
        assertThat(report.results().get(1).passed()).isTrue();
    }

    @Test
    void shouldReportEveryRuleInOrderAndPassOnlyIfAllPass() throws Exception {
        ValidationReport report = validate(PEOPLE, ValidationRule.notNull("id"), ValidationRule.unique("id"),
                ValidationRule.rowCount(1.0, null), ValidationRule.maxMissingPct("age", 50));

        assertThat(report.rows()).isEqualTo(10);
        assertThat(report.passed()).isTrue();
        assertThat(report.results()).extracting(RuleResult::index).containsExactly(0, 1, 2, 3);
        assertThat(validate(PEOPLE).passed()).isTrue();
        assertThat(validate(PEOPLE, ValidationRule.notNull("id"), ValidationRule.notNull("age")).passed()).isFalse();
    }

    @Test
    void shouldSayThereIsNothingToCheckInAnEmptyVersion() throws Exception {
        ValidationReport report = validate("a,b\n", ValidationRule.notNull("a"), ValidationRule.unique("b"),
                ValidationRule.maxMissingPct("a", 0));

        assertThat(report.passed()).isTrue();
        assertThat(report.results()).extracting(RuleResult::message).containsOnly("no values to check");
        assertThat(report.results().get(2).observed()).isZero();
    }

    @Test
    void shouldRefuseRulesWithProblems() {
        assertThatThrownBy(() -> validate(PEOPLE, ValidationRule.regex("code", "(")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules[0].pattern must be a valid regular expression");
    }
}
