package io.charter.scheduler.tuning;

import java.util.List;

/**
 * Early stopping of trials from their intermediate values (Optuna's {@code BasePruner}), as a
 * pure function of the study's trials.
 */
public interface Pruner {

    /**
     * Whether {@code trial}, which has just reported its value at {@code step}, should stop.
     *
     * @param trial the trial, its intermediate values up to {@code step} included
     * @param all   every trial of the study (may include {@code trial} itself, in any state)
     * @param step  the step just reported
     */
    PruneDecision prune(Trial trial, List<Trial> all, int step);

    /**
     * Stopped trials that should now be resumed (ASHA's promotions: a trial paused at a rung that
     * has since entered the rung's top {@code 1/η}). Pruners that never resume return nothing.
     */
    default List<Long> promotable(List<Trial> all) {
        return List.of();
    }
}
