package io.charter.scheduler.tuning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One trial of a study as samplers and pruners see it (Optuna's {@code FrozenTrial}, reduced).
 *
 * @param number       0-based position in the study; seeds the trial's random numbers
 * @param params       the suggested values of the active parameters
 * @param state        where the trial is
 * @param value        the objective (COMPLETE; for PRUNED, the last intermediate value, as Optuna
 *                     records it), else {@code null}
 * @param intermediate reported values by step (epoch), for pruners
 * @param feasible     whether the trial met its constraints; infeasible trials never guide TPE
 *                     towards their region
 * @param extraValues  further objectives of a multi-objective study (latency, size …), after {@code value}
 */
public record Trial(long number, Map<String, Object> params, TrialState state, Double value,
                    SortedMap<Integer, Double> intermediate, boolean feasible, List<Double> extraValues) {

    public Trial {
        if (number < 0) {
            throw new IllegalArgumentException("number must be >= 0, but got " + number);
        }
        Objects.requireNonNull(state, "state");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
        intermediate = Collections.unmodifiableSortedMap(new TreeMap<>(intermediate == null ? Map.of() : intermediate));
        extraValues = List.copyOf(extraValues == null ? List.of() : extraValues);
        if (state == TrialState.COMPLETE && value == null) {
            throw new IllegalArgumentException("a COMPLETE trial must have a value, but trial " + number + " has none");
        }
    }

    /** A trial whose parameters were suggested and that has reported nothing yet. */
    public static Trial running(long number, Map<String, Object> params) {
        return new Trial(number, params, TrialState.RUNNING, null, null, true, null);
    }

    /** A finished, feasible trial. */
    public static Trial complete(long number, Map<String, Object> params, double value) {
        return new Trial(number, params, TrialState.COMPLETE, value, null, true, null);
    }

    /** This trial with {@code value} reported at {@code step}. */
    public Trial report(int step, double value) {
        SortedMap<Integer, Double> values = new TreeMap<>(intermediate);
        values.put(step, value);
        return new Trial(number, params, state, this.value, values, feasible, extraValues);
    }

    /** This trial finished with {@code value} (and further objectives, if any). */
    public Trial completed(double value, double... extra) {
        List<Double> more = new ArrayList<>();
        for (double e : extra) {
            more.add(e);
        }
        return new Trial(number, params, TrialState.COMPLETE, value, intermediate, feasible, more);
    }

    /** This trial stopped by a pruner; its value is its last intermediate value, as in Optuna. */
    public Trial pruned() {
        Double last = intermediate.isEmpty() ? null : intermediate.get(intermediate.lastKey());
        return new Trial(number, params, TrialState.PRUNED, last, intermediate, feasible, extraValues);
    }

    /** This trial running again (a paused ASHA trial promoted to its next rung). */
    public Trial resumed() {
        return new Trial(number, params, TrialState.RUNNING, null, intermediate, feasible, extraValues);
    }

    /** This trial failed. */
    public Trial failed() {
        return new Trial(number, params, TrialState.FAIL, null, intermediate, feasible, extraValues);
    }

    /** This trial with its constraint verdict. */
    public Trial withFeasible(boolean isFeasible) {
        return new Trial(number, params, state, value, intermediate, isFeasible, extraValues);
    }

    /** The last step reported, or {@code null}. */
    public Integer lastStep() {
        return intermediate.isEmpty() ? null : intermediate.lastKey();
    }

    /** {@code value} followed by {@link #extraValues}: the objective vector of a multi-objective study. */
    public List<Double> values() {
        List<Double> all = new ArrayList<>();
        all.add(value);
        all.addAll(extraValues);
        return all;
    }
}
