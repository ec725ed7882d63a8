package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TrialSplitTest {

    private static Trial complete(long n, double v) {
        return Trial.complete(n, Map.of("x", n), v);
    }

    private static Trial pruned(long n, int lastStep, double v) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        for (int s = 1; s <= lastStep; s++) {
            values.put(s, s == lastStep ? v : 100.0);
        }
        return new Trial(n, Map.of("x", n), TrialState.PRUNED, v, values, true, List.of());
    }

    private static List<Long> numbers(List<Trial> trials) {
        return trials.stream().map(Trial::number).toList();
    }

    @Test
    void shouldPutTheBestCompleteTrialsBelowOldestFirst() {
        List<Trial> trials = List.of(complete(0, 5), complete(1, 1), complete(2, 3), complete(3, 2));
        TrialSplit split = TrialSplit.of(trials, Direction.MINIMIZE, n -> 2, false);
        assertThat(numbers(split.below())).containsExactly(1L, 3L);
        assertThat(numbers(split.above())).containsExactly(0L, 2L);

        TrialSplit max = TrialSplit.of(trials, Direction.MAXIMIZE, n -> 2, false);
        assertThat(numbers(max.below())).containsExactly(0L, 2L);
    }

    @Test
    void shouldFillLeftSlotsWithPrunedTrialsThatGotFurtherThenReportedBetter() {
        List<Trial> trials = List.of(complete(0, 9), pruned(1, 3, 0.5), pruned(2, 5, 7.0), pruned(3, 5, 6.0),
                new Trial(4, Map.of("x", 4), TrialState.PRUNED, null, null, true, List.of()));
        TrialSplit split = TrialSplit.of(trials, Direction.MINIMIZE, n -> 3, false);
        assertThat(numbers(split.below())).containsExactly(0L, 2L, 3L);
        assertThat(numbers(split.above())).containsExactly(1L, 4L);
    }

    @Test
    void shouldKeepInfeasibleTrialsBadWhateverTheirValue() {
        List<Trial> trials = List.of(complete(0, 9), complete(1, -100).withFeasible(false), complete(2, 3));
        TrialSplit split = TrialSplit.of(trials, Direction.MINIMIZE, n -> 2, false);
        assertThat(numbers(split.below())).containsExactly(0L, 2L);
        assertThat(numbers(split.above())).containsExactly(1L);
    }

    @Test
    void shouldCountRunningTrialsAsBadOnlyUnderTheConstantLiarAndIgnoreFailures() {
        List<Trial> trials = List.of(complete(0, 1), complete(1, 2), Trial.running(2, Map.of("x", 2)),
                complete(3, 3).failed());
        assertThat(numbers(TrialSplit.of(trials, Direction.MINIMIZE, n -> 1, true).above())).containsExactly(1L, 2L);
        assertThat(numbers(TrialSplit.of(trials, Direction.MINIMIZE, n -> 1, false).above())).containsExactly(1L);
    }

    @Test
    void shouldApplyGammaToTheFinishedTrialsOnly() {
        List<Trial> trials = List.of(complete(0, 1), Trial.running(1, Map.of("x", 1)), complete(2, 2));
        int[] seen = new int[1];
        TrialSplit.of(trials, Direction.MINIMIZE, n -> {
            seen[0] = n;
            return 1;
        }, true);
        assertThat(seen[0]).isEqualTo(2);
    }
}
