package io.charter.scheduler.tuning.pruner;

import java.util.ArrayList;
import java.util.List;

/**
 * Rung arithmetic of successive halving, ASHA and Hyperband, as pure functions.
 *
 * <p>Hyperband (Li et al., "Hyperband: A Novel Bandit-Based Approach to Hyperparameter
 * Optimization", JMLR 2018, Algorithm 1): with {@code R = max/min} and
 * {@code s_max = ⌊log_η R⌋}, bracket {@code s ∈ {s_max, …, 0}} starts
 * {@code n = ⌈(s_max+1)/(s+1) · η^s⌉} configurations on {@code r = max · η^(−s)}; its rung
 * {@code i ≤ s} keeps {@code n_i = ⌊n · η^(−i)⌋} on {@code r_i = r · η^i}. Here resources are
 * {@code min · η^(s_max − s + i)} and the last rung of every bracket is {@code max} itself, which
 * is the paper's table when {@code max/min} is a power of η and stays on Optuna's rung steps when
 * it is not.
 *
 * <p>ASHA (Li et al., "A System for Massively Parallel Hyperparameter Tuning", MLSys 2020) and
 * Optuna's {@code SuccessiveHalvingPruner}: rung {@code k} at step {@code min · η^(s + k)}, with
 * {@code s} the minimum early-stopping rate.
 */
public final class RungSchedule {

    private RungSchedule() {
    }

    /**
     * One rung of a bracket.
     *
     * @param index    0-based
     * @param trials   how many configurations run to it ({@code n_i})
     * @param resource the step they run to ({@code r_i})
     */
    public record Rung(int index, long trials, long resource) {
    }

    /**
     * A Hyperband bracket.
     *
     * @param s     the paper's bracket index: {@code s_max} is the most aggressive, 0 is plain random search
     * @param rungs its rungs, first to last
     */
    public record Bracket(int s, List<Rung> rungs) {
    }

    /** {@code ⌊log_η(max/min)⌋}, in integers (no floating-point surprise at exact powers). */
    public static int sMax(long minResource, long maxResource, int eta) {
        check(minResource, maxResource, eta);
        int s = 0;
        long r = minResource;
        while (r <= maxResource / eta && r * eta <= maxResource) {
            r *= eta;
            s++;
        }
        return s;
    }

    /** Every bracket, {@code s_max} first (the order of the paper's table). */
    public static List<Bracket> hyperband(long minResource, long maxResource, int eta) {
        int sMax = sMax(minResource, maxResource, eta);
        List<Bracket> brackets = new ArrayList<>();
        for (int s = sMax; s >= 0; s--) {
            long n = ceilDiv((sMax + 1) * pow(eta, s), s + 1);
            List<Rung> rungs = new ArrayList<>();
            for (int i = 0; i <= s; i++) {
                long resource = i == s ? maxResource : minResource * pow(eta, sMax - s + i);
                rungs.add(new Rung(i, n / pow(eta, i), resource));
            }
            brackets.add(new Bracket(s, List.copyOf(rungs)));
        }
        return List.copyOf(brackets);
    }

    /** The rung steps {@code min · η^(rate + k)} that do not exceed {@code max}. */
    public static List<Long> ashaRungs(long minResource, long maxResource, int eta, int minEarlyStoppingRate) {
        check(minResource, maxResource, eta);
        List<Long> steps = new ArrayList<>();
        long step = rungStep(minResource, eta, minEarlyStoppingRate, 0);
        while (step <= maxResource) {
            steps.add(step);
            if (step > Long.MAX_VALUE / eta) {
                break;
            }
            step *= eta;
        }
        return List.copyOf(steps);
    }

    /** Rung {@code k}'s step: {@code min · η^(rate + k)}; {@code Long.MAX_VALUE} past overflow. */
    public static long rungStep(long minResource, int eta, int minEarlyStoppingRate, int k) {
        long step = minResource;
        for (int i = 0; i < minEarlyStoppingRate + k; i++) {
            if (step > Long.MAX_VALUE / eta) {
                return Long.MAX_VALUE;
            }
            step *= eta;
        }
        return step;
    }

    private static void check(long minResource, long maxResource, int eta) {
        if (minResource < 1) {
            throw new IllegalArgumentException("minResource must be >= 1, but got " + minResource);
        }
        if (maxResource < minResource) {
            throw new IllegalArgumentException("maxResource must be >= minResource (" + minResource + "), but got "
                    + maxResource);
        }
        if (eta < 2) {
            throw new IllegalArgumentException("reductionFactor must be >= 2, but got " + eta);
        }
    }

    static long pow(long base, int exp) {
        long r = 1;
        for (int i = 0; i < exp; i++) {
            r *= base;
        }
        return r;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
