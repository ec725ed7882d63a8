package io.charter.scheduler.tuning;

/** Optuna's trial states: running, finished with a value, stopped early by a pruner, or failed. */
public enum TrialState {
    RUNNING,
    COMPLETE,
    PRUNED,
    FAIL;

    /** COMPLETE or PRUNED: the trials Optuna counts towards {@code n_startup_trials}. */
    public boolean finishedWithValue() {
        return this == COMPLETE || this == PRUNED;
    }
}
