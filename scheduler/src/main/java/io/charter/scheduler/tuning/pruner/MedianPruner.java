package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.PruneDecision;
import io.charter.scheduler.tuning.Pruner;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The median stopping rule (Golovin et al., "Google Vizier", KDD 2017) with Optuna's
 * {@code MedianPruner} semantics: a trial is pruned at a step when its best intermediate value so
 * far is worse than the median of the COMPLETE trials' values at that same step. No pruning before
 * {@code nStartupTrials} trials have completed, before step {@code nWarmupSteps}, between the
 * checks every {@code intervalSteps} steps, or when fewer than {@code nMinTrials} completed trials
 * reported that step. Defaults (Optuna's): 5, 0, 1, 1.
 *
 * @param direction      the study's direction
 * @param nStartupTrials completed trials needed before any pruning
 * @param nWarmupSteps   first step that may be pruned
 * @param intervalSteps  check every this many steps after the warm-up
 * @param nMinTrials     completed trials that must have reported the step
 */
public record MedianPruner(Direction direction, int nStartupTrials, int nWarmupSteps, int intervalSteps,
                           int nMinTrials) implements Pruner {

    public MedianPruner {
        Objects.requireNonNull(direction, "direction");
        if (nStartupTrials < 0) {
            throw new IllegalArgumentException("nStartupTrials must be >= 0, but got " + nStartupTrials);
        }
        if (nWarmupSteps < 0) {
            throw new IllegalArgumentException("nWarmupSteps must be >= 0, but got " + nWarmupSteps);
        }
        if (intervalSteps < 1) {
            throw new IllegalArgumentException("intervalSteps must be >= 1, but got " + intervalSteps);
        }
        if (nMinTrials < 1) {
            throw new IllegalArgumentException("nMinTrials must be >= 1, but got " + nMinTrials);
        }
    }

    /** Optuna's defaults. */
    public MedianPruner(Direction direction) {
        this(direction, 5, 0, 1, 1);
    }

    @Override
    public PruneDecision prune(Trial trial, List<Trial> all, int step) {
        List<Trial> completed = all.stream()
                .filter(t -> t.state() == TrialState.COMPLETE && t.number() != trial.number()).toList();
        if (completed.isEmpty() || completed.size() < nStartupTrials) {
            return PruneDecision.keep(completed.size() + " of " + nStartupTrials + " startup trials completed");
        }
        if (step < nWarmupSteps) {
            return PruneDecision.keep("warm-up until step " + nWarmupSteps);
        }
        if (!firstInInterval(step, trial.intermediate().keySet())) {
            return PruneDecision.keep("between checks");
        }
        double best = best(trial.intermediate().values());
        if (Double.isNaN(best)) {
            return PruneDecision.stop("every intermediate value is NaN");
        }
        List<Double> atStep = new ArrayList<>();
        for (Trial t : completed) {
            Double v = t.intermediate().get(step);
            if (v != null && !v.isNaN()) {
                atStep.add(v);
            }
        }
        if (atStep.size() < nMinTrials) {
            return PruneDecision.keep(atStep.size() + " completed trials reported step " + step + ", " + nMinTrials
                    + " needed");
        }
        double median = percentile(atStep, 50);
        boolean worse = direction.better(median, best);
        return new PruneDecision(worse, null, "best so far " + best + (worse ? " is worse than" : " is not worse than")
                + " the median " + median + " of " + atStep.size() + " completed trials at step " + step);
    }

    private double best(Collection<Double> values) {
        double best = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v) && (Double.isNaN(best) || direction.better(v, best))) {
                best = v;
            }
        }
        return best;
    }

    /** Optuna's {@code _is_first_in_interval_step}. */
    private boolean firstInInterval(int step, Collection<Integer> reported) {
        int nearestLower = (step - nWarmupSteps) / intervalSteps * intervalSteps + nWarmupSteps;
        int secondLast = -1;
        for (int s : reported) {
            if (s > secondLast && s != step) {
                secondLast = s;
            }
        }
        return secondLast < nearestLower;
    }

    /** numpy's default (linear) percentile. */
    static double percentile(List<Double> values, double p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double pos = p / 100 * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
}
