package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.PruneDecision;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.charter.scheduler.tuning.pruner.PrunerFixtures.running;
import static io.charter.scheduler.tuning.pruner.PrunerFixtures.trial;
import static org.assertj.core.api.Assertions.assertThat;

class SuccessiveHalvingPrunerTest {

    private final SuccessiveHalvingPruner sh = new SuccessiveHalvingPruner(Direction.MINIMIZE, 1);

    @Test
    void shouldKeepTheBestThirdOfTheTrialsAtARungAsTheyArrive() {
        // rung 0 at step 1; values arrive 5, 3, 4, 1, 6, 2
        double[] values = {5, 3, 4, 1, 6, 2};
        boolean[] pruned = {false, false, true, false, true, false};
        List<Trial> all = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Trial t = running(i, values[i]);
            all.add(t);
            PruneDecision d = sh.prune(t, all, 1);
            assertThat(d.prune()).as("trial %d with %s", i, values[i]).isEqualTo(pruned[i]);
            assertThat(d.rung()).isZero();
            if (d.prune()) {
                all.set(i, t.pruned());
            }
        }
    }

    @Test
    void shouldDecideOnlyWhenARungIsReached() {
        Trial other = trial(0, TrialState.COMPLETE, 0.1, 0.1, 0.1, 0.1);
        Trial t = running(1, 0.1, 9.0);
        assertThat(sh.prune(t, List.of(other, t), 2).prune()).as("step 2 is between rungs 1 and 3").isFalse();
        Trial best = running(1, 0.1, 9.0, 0.05);
        assertThat(sh.prune(best, List.of(other, best), 3).prune()).as("the best of two at rung 1").isFalse();
        Trial third = running(2, 0.1, 9.0, 9.5);
        assertThat(sh.prune(third, List.of(other, best, third), 3))
                .extracting(PruneDecision::prune, PruneDecision::rung).containsExactly(true, 1);
        Trial second = running(3, 0.1, 9.0, 0.07);
        assertThat(sh.prune(second, List.of(other, best, third, second), 3).prune())
                .as("fewer than η trials: only the best goes on, as in Optuna").isTrue();
    }

    @Test
    void shouldCheckEveryRungPassedSinceTheLastReport() {
        TreeMap<Integer, Double> sparse = new TreeMap<>(Map.of(5, 9.0));
        Trial late = new Trial(3, Map.of(), TrialState.RUNNING, null, sparse, true, List.of());
        List<Trial> all = List.of(running(0, 1, 1, 1), running(1, 2, 2, 2), running(2, 3, 3, 3), late);
        PruneDecision d = sh.prune(late, all, 5);
        assertThat(d.prune()).isTrue();
        assertThat(d.rung()).as("pruned at the first rung it passed").isZero();
    }

    @Test
    void shouldMaximizeAndShiftRungsByTheEarlyStoppingRate() {
        SuccessiveHalvingPruner max = new SuccessiveHalvingPruner(Direction.MAXIMIZE, 1, 3, 1);
        List<Trial> all = new ArrayList<>(List.of(running(0, 0, 0, 0.9), running(1, 0, 0, 0.8)));
        Trial t = running(2, 0, 0, 0.85);
        all.add(t);
        assertThat(max.prune(t, all, 1).prune()).as("rung 0 is at step 3").isFalse();
        assertThat(max.prune(t, all, 3).prune()).as("0.85 is not the best of three").isTrue();
    }

    @Test
    void shouldPruneANaN() {
        Trial t = running(0, Double.NaN);
        assertThat(sh.prune(t, List.of(t), 1).prune()).isTrue();
    }
}
