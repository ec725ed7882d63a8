package io.charter.governance.data.validation;

import io.charter.governance.data.RowSource;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Runs a dataset's rules ("expectations", after Great Expectations) on one of its versions, in a
 * single streaming pass over the rows, and reports each rule's outcome with counts and the first
 * failing values.
 *
 * <p>Rules belong to the dataset, so a new version may lack a column a rule names: that rule
 * fails with a message naming the column, and the others run as usual. Values are read as every
 * stage after upload reads them ({@link io.charter.governance.data.Values}): trimmed, the
 * scanner's missing spellings missing, numbers and types by the scanner's rules.
 *
 * <p><b>Memory</b> does not grow with the row count except for UNIQUE rules, which keep about
 * 16 bytes per distinct value (at most 256 MB each; see {@code UniqueCheck}). <b>Time</b> is linear
 * in the rows for every rule; a REGEX rule spends at most a fixed number of steps per value and
 * stops, failed, at the first value whose match would take longer (see {@code BoundedMatcher}).
 */
public final class DatasetValidator {

    /** Rows between two progress calls. */
    public static final long PROGRESS_INTERVAL_ROWS = 10_000;
    /** Failing values kept per rule as examples. */
    public static final int MAX_EXAMPLES = 5;

    private DatasetValidator() {
    }

    /**
     * Reads {@code source} once and checks every rule.
     *
     * @param rules    rules that {@link ValidationRules#check} accepts
     * @param progress told the rows read so far every {@value #PROGRESS_INTERVAL_ROWS} rows and once
     *                 at the end; must return quickly
     * @throws IOException              if the stored rows cannot be read
     * @throws IllegalArgumentException if {@code rules} has problems; they are listed in the message
     */
    public static ValidationReport validate(RowSource source, List<ValidationRule> rules, LongConsumer progress)
            throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(progress, "progress");
        List<RuleProblem> problems = ValidationRules.check(rules);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("rules must be valid, but: " + problems.stream()
                    .map(p -> p.path() + " " + p.message()).collect(Collectors.joining("; ")));
        }
        ValidationRun run = new ValidationRun(List.copyOf(rules), source.header(), progress);
        source.forEach(run);
        return run.finish();
    }
}
