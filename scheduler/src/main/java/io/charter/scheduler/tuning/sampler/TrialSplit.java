package io.charter.scheduler.tuning.sampler;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Trial;
import io.charter.scheduler.tuning.TrialState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TPE's split of the history into the "good" trials that shape l(x) and the rest that shape g(x),
 * as Optuna's {@code _split_trials} (single objective):
 *
 * <ol>
 *   <li>{@code n} = trials COMPLETE or PRUNED; {@code γ(n)} of them are good.</li>
 *   <li>COMPLETE trials, best value first, fill the good slots.</li>
 *   <li>Slots left go to PRUNED trials ranked by the last step they reached (further is better),
 *       then by the value they reported there (Optuna ≥ 3); a NaN value ranks last, a trial that
 *       reported nothing after all that did.</li>
 *   <li>Infeasible trials are always bad. (Optuna 5 gives still-free good slots to the least
 *       violating infeasible trials; a feasibility flag carries no amount of violation.)</li>
 *   <li>RUNNING trials, present only under constant liar, are bad: the "lie" is the worst value.</li>
 * </ol>
 * FAILed trials are ignored. Both groups are returned oldest first, the order kernel weights follow.
 *
 * @param below the good trials
 * @param above the others
 */
public record TrialSplit(List<Trial> below, List<Trial> above) {

    /** Splits {@code trials} (any states) for a study in {@code direction}. */
    public static TrialSplit of(List<Trial> trials, Direction direction, java.util.function.IntUnaryOperator gamma,
                                boolean constantLiar) {
        List<Trial> complete = new ArrayList<>();
        List<Trial> pruned = new ArrayList<>();
        List<Trial> above = new ArrayList<>();
        int n = 0;
        for (Trial t : trials) {
            if (t.state() == TrialState.RUNNING) {
                if (constantLiar) {
                    above.add(t);
                }
                continue;
            }
            if (!t.state().finishedWithValue()) {
                continue;
            }
            n++;
            if (!t.feasible()) {
                above.add(t);
            } else if (t.state() == TrialState.COMPLETE) {
                complete.add(t);
            } else {
                pruned.add(t);
            }
        }
        int nBelow = Math.max(0, gamma.applyAsInt(n));
        complete.sort(Comparator.comparingDouble((Trial t) -> direction.loss(t.value())).thenComparingLong(Trial::number));
        pruned.sort(prunedRank(direction));
        List<Trial> below = new ArrayList<>();
        take(complete, nBelow, below, above);
        take(pruned, nBelow - below.size(), below, above);
        below.sort(Comparator.comparingLong(Trial::number));
        above.sort(Comparator.comparingLong(Trial::number));
        return new TrialSplit(List.copyOf(below), List.copyOf(above));
    }

    private static void take(List<Trial> ranked, int count, List<Trial> below, List<Trial> above) {
        int k = Math.max(0, Math.min(count, ranked.size()));
        below.addAll(ranked.subList(0, k));
        above.addAll(ranked.subList(k, ranked.size()));
    }

    /** Optuna's {@code _get_pruned_trial_score}: (−last step, loss there); no report → (1, 0). */
    private static Comparator<Trial> prunedRank(Direction direction) {
        return Comparator.comparingDouble((Trial t) -> t.lastStep() == null ? 1 : -t.lastStep())
                .thenComparingDouble(t -> {
                    if (t.lastStep() == null) {
                        return 0.0;
                    }
                    double v = t.intermediate().get(t.lastStep());
                    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : direction.loss(v);
                })
                .thenComparingLong(Trial::number);
    }
}
