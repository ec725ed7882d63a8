package io.charter.scheduler.tuning;

/** Whether a study's objective is to be minimized or maximized. */
public enum Direction {
    MINIMIZE,
    MAXIMIZE;

    /** {@code value} as a loss: lower is better whatever the direction. */
    public double loss(double value) {
        return this == MINIMIZE ? value : -value;
    }

    /** Whether {@code a} is strictly better than {@code b}. */
    public boolean better(double a, double b) {
        return loss(a) < loss(b);
    }
}
