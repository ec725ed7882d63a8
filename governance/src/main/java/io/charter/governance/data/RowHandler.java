package io.charter.governance.data;

import java.io.IOException;

/** Takes one data row's fields, as many as the header has; {@code row} counts data rows from 0. */
@FunctionalInterface
public interface RowHandler {
    void accept(long row, String[] fields) throws IOException;
}
