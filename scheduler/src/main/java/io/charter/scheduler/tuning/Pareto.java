package io.charter.scheduler.tuning;

import java.util.ArrayList;
import java.util.List;

/** The non-dominated trials of a multi-objective study (Optuna's {@code study.best_trials}). */
public final class Pareto {

    private Pareto() {
    }

    /**
     * The COMPLETE, feasible trials that no other such trial dominates, in the given order. A
     * trial dominates another when it is no worse in every objective and better in one; equal
     * trials do not dominate each other, so both stay.
     *
     * @param trials     the study's trials, any states
     * @param directions one per objective: {@link Trial#values()} is {@code value} then the extra values
     */
    public static List<Trial> front(List<Trial> trials, List<Direction> directions) {
        List<Trial> candidates = new ArrayList<>();
        for (Trial t : trials) {
            if (t.state() == TrialState.COMPLETE && t.feasible()) {
                if (t.values().size() != directions.size()) {
                    throw new IllegalArgumentException("trials must have one value per direction (" + directions.size()
                            + "), but trial " + t.number() + " has " + t.values().size());
                }
                candidates.add(t);
            }
        }
        List<Trial> front = new ArrayList<>();
        for (Trial t : candidates) {
            boolean dominated = false;
            for (Trial u : candidates) {
                if (u != t && dominates(u, t, directions)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                front.add(t);
            }
        }
        return front;
    }

    /** Whether {@code a} dominates {@code b}. */
    public static boolean dominates(Trial a, Trial b, List<Direction> directions) {
        boolean strictly = false;
        for (int i = 0; i < directions.size(); i++) {
            double la = directions.get(i).loss(a.values().get(i));
            double lb = directions.get(i).loss(b.values().get(i));
            if (la > lb) {
                return false;
            }
            strictly |= la < lb;
        }
        return strictly;
    }
}
