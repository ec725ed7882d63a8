package io.charter.scheduler.tuning.nas;

import io.charter.scheduler.tuning.Direction;
import io.charter.scheduler.tuning.Trial;

/**
 * How regularized evolution ranks a completed trial in a tournament: higher is better. Infeasible
 * trials rank below every feasible one.
 */
@FunctionalInterface
public interface Fitness {

    /** The trial's score; higher wins. */
    double score(Trial trial);

    /** The trial's value in {@code direction}. */
    static Fitness objective(Direction direction) {
        return t -> t.feasible() ? -direction.loss(t.value()) : Double.NEGATIVE_INFINITY;
    }

    /**
     * MnasNet's reward (Tan et al., "MnasNet: Platform-Aware Neural Architecture Search for
     * Mobile", CVPR 2019): {@code accuracy × (latency / target)^w} with the soft constraint
     * {@code w = −0.07}. Reads the accuracy (higher is better) from the trial's value and the
     * latency, or any cost such as a parameter count, from its first extra value.
     *
     * @param target the latency (cost) aimed at, > 0
     * @param w      the exponent, usually negative
     */
    static Fitness mnas(double target, double w) {
        if (!(target > 0)) {
            throw new IllegalArgumentException("target must be > 0, but got " + target);
        }
        return t -> {
            if (!t.feasible() || t.extraValues().isEmpty()) {
                return Double.NEGATIVE_INFINITY;
            }
            return t.value() * Math.pow(t.extraValues().get(0) / target, w);
        };
    }

    /** {@link #mnas(double, double)} with MnasNet's {@code w = −0.07}. */
    static Fitness mnas(double target) {
        return mnas(target, -0.07);
    }
}
