package io.charter.governance.data;

import java.io.IOException;
import java.util.List;

/**
 * A stored table that can be read again from the start as often as needed: a validated dataset
 * version. Each {@link #forEach} is one streaming pass; nothing is held in memory between passes.
 * Fields are the stored text (not trimmed, missing values as written); {@link CsvScanner#MISSING_VALUES}
 * says which mean "no value".
 */
public interface RowSource {

    /** The column names, in file order, trimmed. */
    List<String> header() throws IOException;

    /** Hands every data row, in file order, to {@code rows}. */
    void forEach(RowHandler rows) throws IOException;

    /** Opens the stored bytes again, from the start; the caller closes the stream. */
    @FunctionalInterface
    interface Opener {
        java.io.InputStream open() throws IOException;
    }
}
