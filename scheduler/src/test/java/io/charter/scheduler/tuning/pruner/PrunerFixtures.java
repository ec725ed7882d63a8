package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Trials with intermediate values, for pruner tests. */
final class PrunerFixtures {

    private PrunerFixtures() {
    }

    /** A trial that reported {@code values[i]} at step {@code i + 1}. */
    static Trial trial(long number, TrialState state, double... values) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(i + 1, values[i]);
        }
        Double value = state == TrialState.COMPLETE || state == TrialState.PRUNED ? values[values.length - 1] : null;
        return new Trial(number, Map.of("n", number), state, value, m, true, List.of());
    }

    static Trial running(long number, double... values) {
        return trial(number, TrialState.RUNNING, values);
    }
}
