package io.charter.governance.data.validation;

import static io.charter.governance.data.validation.ValidationFixtures.example;
import static io.charter.governance.data.validation.ValidationFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.charter.governance.data.validation.BoundedMatcher.Outcome;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** User patterns cannot make validation run for hours or end it with a stack overflow. */
class RegexGuardTest {

    /** Exponential in the run of a's: about 12 million steps for 22 of them, 10¹² for 40. */
    private static final String CATASTROPHIC = "((a+)+)+b";

    @Test
    void shouldStopARuleWhosePatternBacktracksCatastrophically() throws Exception {
        String csv = "s\nab\n" + "a".repeat(40) + "\nzzz\n";

        RuleResult r = result(csv, ValidationRule.regex("s", CATASTROPHIC));

        assertThat(r.passed()).isFalse();
        assertThat(r.evaluated()).isEqualTo(2);
        assertThat(r.failing()).isEqualTo(1);
        assertThat(r.examples()).containsExactly(example(2, "a".repeat(40)));
        assertThat(r.message()).isEqualTo("stopped at row 2: matching the pattern against its value took more than "
                + "100,000 steps; simplify the pattern (nested repetition such as (a+)+ backtracks exponentially)");
    }

    @Test
    void shouldFailValuesTooLongToMatchAndSaySo() throws Exception {
        String csv = "s\n" + "a".repeat(BoundedMatcher.MAX_VALUE_CHARS) + "\n"
                + "a".repeat(BoundedMatcher.MAX_VALUE_CHARS + 1) + "\n";

        RuleResult r = result(csv, ValidationRule.regex("s", "a+"));

        assertThat(r.failing()).isEqualTo(1);
        assertThat(r.examples()).extracting(FailingExample::row).containsExactly(2L);
        assertThat(r.message()).isEqualTo("1 of 2 values does not fully match the pattern (1 longer than 1,000 "
                + "characters, which are not matched)");
    }

    @Test
    void shouldMatchLinearPatternsOnTheLongestValuesWithinTheBudget() {
        BoundedMatcher matcher = new BoundedMatcher(Pattern.compile("([a-z]+-?)*\\d"));

        assertThat(matcher.match("ab-".repeat(333) + "7")).isEqualTo(Outcome.MATCH);
        assertThat(matcher.match("ab-".repeat(333) + "x")).isEqualTo(Outcome.NO_MATCH);
    }

    @Test
    void shouldReportAStackOverflowInTheMatcherAsTooComplex() throws Exception {
        BoundedMatcher matcher = new BoundedMatcher(Pattern.compile("(a|b)*"));
        String value = "a".repeat(BoundedMatcher.MAX_VALUE_CHARS);
        AtomicReference<Outcome> onSmallStack = new AtomicReference<>();

        // A thread with a small stack stands in for a deeper pattern: the JDK matcher recurses once per repetition.
        Thread small = new Thread(null, () -> onSmallStack.set(matcher.match(value)), "small-stack", 192 * 1024);
        small.start();
        small.join();

        assertThat(onSmallStack.get()).isEqualTo(Outcome.TOO_COMPLEX);
        assertThat(matcher.match(value)).isEqualTo(Outcome.MATCH);
    }
}
