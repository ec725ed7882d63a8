package io.charter.governance.pipeline;

import java.util.List;

/**
 * Learns one step's parameters from the train rows, each already run through the steps fitted
 * before it. The fitter sees only train rows: {@link PipelineFitter} asks the train predicate
 * before it reads a row's fields.
 */
interface StepFitter {

    /** False for steps whose parameters come from the spec alone, which then cost no pass. */
    boolean needsRows();

    /**
     * Takes one train row.
     *
     * @param row    the row's index among the data rows, from 0 (for messages)
     * @param values the row after the steps before this one
     * @param fields the row's stored fields, in header order (TARGET_ENCODE reads the target here)
     */
    void accept(long row, WorkRow values, String[] fields);

    /**
     * What was learnt; or null, after adding to {@code problems} why the train rows do not allow
     * it (no numbers where numbers are needed, a negative value for LOG, …).
     */
    FittedStep result(long trainRows, List<SpecProblem> problems);
}
