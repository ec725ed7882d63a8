package io.charter.scheduler.tuning;

import java.util.List;

/**
 * The outcome of {@link StudySimulator#runCurves}.
 *
 * @param trials       every trial, by number
 * @param resourceUsed steps run in total (epoch-units)
 * @param completions  the trials that ran to the last step, in the order they did
 */
public record CurveStudy(List<Trial> trials, long resourceUsed, List<Completion> completions) {

    /**
     * A trial that finished all its steps.
     *
     * @param trial        its number
     * @param resourceUsed steps run in the whole study when it finished
     * @param value        its final value
     */
    public record Completion(long trial, long resourceUsed, double value) {
    }

    /** Steps the study had spent when a completed trial first reached {@code target}, or -1 if none did. */
    public long resourceToReach(double target, Direction direction) {
        return completions.stream().filter(c -> !direction.better(target, c.value()))
                .mapToLong(Completion::resourceUsed).findFirst().orElse(-1);
    }
}
