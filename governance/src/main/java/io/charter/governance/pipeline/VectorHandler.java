package io.charter.governance.pipeline;

import java.io.IOException;

/** Takes one transformed row: its index among the data rows (from 0) and its model-ready vector. */
@FunctionalInterface
public interface VectorHandler {
    void accept(long row, double[] vector) throws IOException;
}
