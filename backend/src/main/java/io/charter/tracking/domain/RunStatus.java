package io.charter.tracking.domain;

/** MLflow's run statuses, with the same names. */
public enum RunStatus {
    RUNNING, SCHEDULED, FINISHED, FAILED, KILLED;

    public boolean terminal() {
        return this == FINISHED || this == FAILED || this == KILLED;
    }
}
