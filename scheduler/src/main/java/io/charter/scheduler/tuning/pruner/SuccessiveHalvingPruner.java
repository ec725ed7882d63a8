package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.PruneDecision;
import io.charter.scheduler.tuning.Pruner;
import io.charter.scheduler.tuning.Trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Asynchronous successive halving with Optuna's {@code SuccessiveHalvingPruner} semantics (Li et
 * al. 2020's ASHA, decided once per rung): rung {@code k} is at step {@code min · η^(s + k)}. When
 * a trial first reports a step at or past a rung, its value there is ranked among the rung values
 * of every trial that has reached that rung so far, itself included; it goes on if it is within
 * the best {@code ⌊n/η⌋} (the best one while {@code n < η}, since an Optuna trial cannot wait to be
 * promoted later), and is pruned otherwise. A NaN value is pruned. Optuna's default
 * {@code reduction_factor} is 4 and {@code min_resource} may be "auto"; here η defaults to 3 and
 * {@code min_resource} is explicit.
 *
 * @param direction             the study's direction
 * @param minResource           rung 0's step, at least 1
 * @param reductionFactor       η, at least 2
 * @param minEarlyStoppingRate  s, shifts every rung by a factor η^s
 */
public record SuccessiveHalvingPruner(Direction direction, long minResource, int reductionFactor,
                                      int minEarlyStoppingRate) implements Pruner {

    public SuccessiveHalvingPruner {
        Objects.requireNonNull(direction, "direction");
        if (minResource < 1) {
            throw new IllegalArgumentException("minResource must be >= 1, but got " + minResource);
        }
        if (reductionFactor < 2) {
            throw new IllegalArgumentException("reductionFactor must be >= 2, but got " + reductionFactor);
        }
        if (minEarlyStoppingRate < 0) {
            throw new IllegalArgumentException("minEarlyStoppingRate must be >= 0, but got " + minEarlyStoppingRate);
        }
    }

    /** η = 3, s = 0. */
    public SuccessiveHalvingPruner(Direction direction, long minResource) {
        this(direction, minResource, 3, 0);
    }

    @Override
    public PruneDecision prune(Trial trial, List<Trial> all, int step) {
        return prune(trial, all, step, t -> true);
    }

    /** As {@link #prune(Trial, List, int)}, competing only with the trials that pass {@code sameBracket}. */
    PruneDecision prune(Trial trial, List<Trial> all, int step, Predicate<Trial> sameBracket) {
        Double value = trial.intermediate().get(step);
        if (value == null) {
            return PruneDecision.keep("no value reported at step " + step);
        }
        PruneDecision decision = PruneDecision.keep("below the first rung");
        for (int k = 0; ; k++) {
            long rungStep = RungSchedule.rungStep(minResource, reductionFactor, minEarlyStoppingRate, k);
            if (step < rungStep) {
                return decision;
            }
            if (!Rungs.reachedNow(trial, step, rungStep)) {
                decision = PruneDecision.keep(k, "rung " + k + " passed earlier");
                continue;
            }
            if (Double.isNaN(value)) {
                return PruneDecision.stop(k, "NaN at rung " + k);
            }
            List<Double> competing = new ArrayList<>(Rungs.others(all, trial.number(), rungStep, sameBracket));
            competing.add(value);
            if (!promotable(value, competing)) {
                return PruneDecision.stop(k, "not in the best 1/" + reductionFactor + " of the " + competing.size()
                        + " trials at rung " + k + " (step " + rungStep + ")");
            }
            decision = PruneDecision.keep(k, "in the best 1/" + reductionFactor + " of the " + competing.size()
                    + " trials at rung " + k + " (step " + rungStep + ")");
        }
    }

    /** Optuna's {@code _is_trial_promotable_to_next_rung}. */
    private boolean promotable(double value, List<Double> competing) {
        int index = Math.max(competing.size() / reductionFactor - 1, 0);
        double[] losses = competing.stream().mapToDouble(v -> Rungs.loss(v, direction)).sorted().toArray();
        return Rungs.loss(value, direction) <= losses[index];
    }
}
