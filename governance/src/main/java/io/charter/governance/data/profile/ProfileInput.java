package io.charter.governance.data.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import io.charter.governance.data.CsvRows;
import io.charter.governance.data.RowHandler;

/**
 * Reads a stored CSV file through {@link CsvRows}, first checking that its header is the columns
 * the profile request names.
 */
final class ProfileInput {

    private ProfileInput() {
    }

    /**
     * Checks the header against {@code columns} and hands every data row's fields to {@code rows}. The
     * stream is not closed: the caller opened it.
     */
    static void read(InputStream csv, char delimiter, List<ColumnSpec> columns, RowHandler rows)
            throws IOException {
        CsvRows.read(csv, delimiter, names -> checkHeader(names, columns), rows);
    }

    private static void checkHeader(List<String> names, List<ColumnSpec> columns) {
        List<String> expected = columns.stream().map(c -> c.name().strip()).toList();
        if (!names.equals(expected)) {
            throw new IllegalArgumentException("request columns must be the file's header " + names
                    + ", but got " + expected);
        }
    }
}
