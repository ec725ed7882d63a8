package io.charter.governance.pipeline;

/** What one fitted step does to a row, its columns already resolved to slots. */
@FunctionalInterface
interface RowOp {

    /** Does nothing: DROP only changes which slots reach the output. */
    RowOp NONE = row -> { };

    void apply(WorkRow row);
}
