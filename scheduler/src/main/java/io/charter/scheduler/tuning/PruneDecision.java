package io.charter.scheduler.tuning;

/**
 * A pruner's verdict on a trial at a step.
 *
 * @param prune  stop the trial now
 * @param rung   the rung the decision was taken at (rung-based pruners), else {@code null}
 * @param reason why, for the trial's log
 */
public record PruneDecision(boolean prune, Integer rung, String reason) {

    /** Keep going, for {@code reason}. */
    public static PruneDecision keep(String reason) {
        return new PruneDecision(false, null, reason);
    }

    /** Keep going, at {@code rung}. */
    public static PruneDecision keep(int rung, String reason) {
        return new PruneDecision(false, rung, reason);
    }

    /** Stop, for {@code reason}. */
    public static PruneDecision stop(String reason) {
        return new PruneDecision(true, null, reason);
    }

    /** Stop at {@code rung}. */
    public static PruneDecision stop(int rung, String reason) {
        return new PruneDecision(true, rung, reason);
    }
}
