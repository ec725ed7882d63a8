package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What successive-halving pruners read from the trials, without storing anything: a trial's value
 * at a rung is the value it reported at its first step at or past the rung's step (where Optuna's
 * pruner records it), and the trials that reached the rung are those that reported such a step.
 */
final class Rungs {

    private Rungs() {
    }

    /** Whether {@code step} is the trial's first reported step at or past {@code rungStep}. */
    static boolean reachedNow(Trial trial, int step, long rungStep) {
        if (step < rungStep) {
            return false;
        }
        Integer before = trial.intermediate().headMap(step).isEmpty() ? null : trial.intermediate().headMap(step).lastKey();
        return before == null || before < rungStep;
    }

    /** The trial's value at the rung, or {@code null} if it has not reached it. */
    static Double valueAt(Trial trial, long rungStep) {
        for (Map.Entry<Integer, Double> e : trial.intermediate().entrySet()) {
            if (e.getKey() >= rungStep) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The rung values of every trial but {@code self} that reached the rung and passes {@code filter}. */
    static List<Double> others(List<Trial> all, long self, long rungStep, Predicate<Trial> filter) {
        List<Double> values = new ArrayList<>();
        for (Trial t : all) {
            if (t.number() != self && filter.test(t)) {
                Double v = valueAt(t, rungStep);
                if (v != null) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /** How many of {@code others} are strictly better than {@code value} (NaN is worst). */
    static int rank(double value, List<Double> others, Direction direction) {
        double loss = loss(value, direction);
        int better = 0;
        for (double o : others) {
            if (loss(o, direction) < loss) {
                better++;
            }
        }
        return better;
    }

    static double loss(double value, Direction direction) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : direction.loss(value);
    }
}
