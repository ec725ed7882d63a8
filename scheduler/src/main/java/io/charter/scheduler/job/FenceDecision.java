package io.charter.scheduler.job;

/** The answer of {@link AttemptFence}: whether a worker message may affect the job. */
public enum FenceDecision {
    /** From the current launch of a live job: apply it (state machine, metrics, checkpoint). */
    ACCEPTED,
    /**
     * The current launch repeats the terminal event the job already recorded (SUCCEED after
     * SUCCEEDED, FAIL after FAILED): acknowledge it (2xx) and change nothing, so a worker whose
     * response was lost can exit cleanly.
     */
    DUPLICATE_TERMINAL,
    /** The stamp names another job: a token used on the wrong path. */
    REFUSED_WRONG_JOB,
    /**
     * From an earlier attempt, or from a launch of the current attempt that is not the current
     * launch (a duplicate worker), or for an attempt not launched yet: the worker must stop.
     */
    REFUSED_STALE_ATTEMPT,
    /** Claims an attempt later than the job's current one, which no launch can have been given. */
    REFUSED_UNKNOWN_ATTEMPT,
    /** The job is finished (e.g. cancelled while the worker ran): the worker must stop. */
    REFUSED_TERMINAL;

    /** Whether the message is answered 2xx (applied or recognised as a duplicate). */
    public boolean acknowledged() {
        return this == ACCEPTED || this == DUPLICATE_TERMINAL;
    }
}
