package io.charter.scheduler.tuning.pruner;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.PruneDecision;
import io.charter.scheduler.tuning.Pruner;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ASHA (Li et al., "A System for Massively Parallel Hyperparameter Tuning", MLSys 2020) with
 * pausing: rungs at {@code min · η^(s + k)} up to {@code max}. When a trial reaches a rung it goes
 * on only if it is within the best {@code ⌊n/η⌋} of the {@code n} trials that have reached that
 * rung so far (itself included); otherwise it is <em>paused</em> (pruned, with its checkpoint kept).
 * As more trials reach the rung, {@code ⌊n/η⌋} grows and a paused trial that is now within it is
 * {@link #promotable promotable}: the executor should resume it before starting a new trial, as
 * ASHA's {@code get_job} does. Unlike {@link SuccessiveHalvingPruner}, the first trials of a rung
 * are not let through on faith: with fewer than η trials at a rung, every one waits.
 *
 * @param direction            the study's direction
 * @param minResource          rung 0's step
 * @param maxResource          a trial's full budget; no rung lies beyond it
 * @param reductionFactor      η
 * @param minEarlyStoppingRate s
 */
public record AshaPruner(Direction direction, long minResource, long maxResource, int reductionFactor,
                         int minEarlyStoppingRate) implements Pruner {

    public AshaPruner {
        Objects.requireNonNull(direction, "direction");
        RungSchedule.ashaRungs(minResource, maxResource, reductionFactor, 0);
        if (minEarlyStoppingRate < 0) {
            throw new IllegalArgumentException("minEarlyStoppingRate must be >= 0, but got " + minEarlyStoppingRate);
        }
    }

    /** η = 3, s = 0. */
    public AshaPruner(Direction direction, long minResource, long maxResource) {
        this(direction, minResource, maxResource, 3, 0);
    }

    /** The rung steps. */
    public List<Long> rungs() {
        return RungSchedule.ashaRungs(minResource, maxResource, reductionFactor, minEarlyStoppingRate);
    }

    @Override
    public PruneDecision prune(Trial trial, List<Trial> all, int step) {
        List<Long> rungs = rungs();
        PruneDecision decision = PruneDecision.keep("below the first rung");
        for (int k = 0; k < rungs.size() && rungs.get(k) <= step; k++) {
            long rungStep = rungs.get(k);
            if (rungStep >= maxResource) {
                return PruneDecision.keep(k, "full budget reached");
            }
            if (!Rungs.reachedNow(trial, step, rungStep)) {
                decision = PruneDecision.keep(k, "rung " + k + " passed earlier");
                continue;
            }
            double value = Rungs.valueAt(trial, rungStep);
            List<Double> others = Rungs.others(all, trial.number(), rungStep, t -> true);
            int quota = (others.size() + 1) / reductionFactor;
            int rank = Rungs.rank(value, others, direction);
            if (Double.isNaN(value) || rank >= quota) {
                return PruneDecision.stop(k, "paused at rung " + k + ": rank " + (rank + 1) + " of " + (others.size() + 1)
                        + ", the best " + quota + " go on; may be promoted later");
            }
            decision = PruneDecision.keep(k, "promoted from rung " + k + ": rank " + (rank + 1) + " of "
                    + (others.size() + 1));
        }
        return decision;
    }

    /** Paused trials now within the best {@code ⌊n/η⌋} of their rung, by trial number. */
    @Override
    public List<Long> promotable(List<Trial> all) {
        List<Long> rungs = rungs();
        double[][] losses = new double[rungs.size()][];
        List<Long> out = new ArrayList<>();
        for (Trial t : all) {
            if (t.state() != TrialState.PRUNED || t.lastStep() == null) {
                continue;
            }
            int k = highestRung(rungs, t.lastStep());
            if (k < 0 || rungs.get(k) >= maxResource) {
                continue;
            }
            double value = Rungs.valueAt(t, rungs.get(k));
            if (Double.isNaN(value)) {
                continue;
            }
            if (losses[k] == null) {
                losses[k] = rungLosses(all, rungs.get(k));
            }
            // losses[k] includes t itself: strictly better ones are those before its first occurrence
            int better = lowerBound(losses[k], Rungs.loss(value, direction));
            if (better < losses[k].length / reductionFactor) {
                out.add(t.number());
            }
        }
        return out;
    }

    /** Sorted losses of every trial that reached the rung: one pass, so promotable() stays O(n log n). */
    private double[] rungLosses(List<Trial> all, long rungStep) {
        return Rungs.others(all, -1, rungStep, t -> true).stream()
                .mapToDouble(v -> Rungs.loss(v, direction)).sorted().toArray();
    }

    private static int lowerBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int highestRung(List<Long> rungs, int step) {
        int k = -1;
        while (k + 1 < rungs.size() && rungs.get(k + 1) <= step) {
            k++;
        }
        return k;
    }
}
