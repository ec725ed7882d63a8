package io.charter.governance.data.split;

/** What one row is for in one fold of a split plan. */
public enum SplitRole {
    /** Fits the model. */
    TRAIN,
    /** Tunes and selects the model (hyper-parameters, early stopping, thresholds). */
    VALIDATION,
    /** Locked: held out from all training and tuning, for the final evaluation only. */
    TEST,
    /** Not used in this fold: in walk-forward validation, the blocks after the fold's validation block. */
    UNUSED
}
