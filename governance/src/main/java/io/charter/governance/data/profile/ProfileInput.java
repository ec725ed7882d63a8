package io.charter.governance.data.profile;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import io.charter.governance.data.StrictUtf8Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a stored CSV file the way {@link io.charter.governance.data.CsvScanner} accepted it:
 * strict UTF-8 with an optional byte order mark, RFC 4180 with the given delimiter, the first
 * record the header, trailing blank lines ignored and blank lines in a one-column file read as
 * missing values. The file was validated, so what would be a user error there is an
 * {@link IOException} here (the stored object was changed or the request does not match it).
 */
final class ProfileInput {

    /** Takes one data row's fields, as many as the header has. */
    @FunctionalInterface
    interface RowHandler {
        void accept(String[] fields) throws IOException;
    }

    private static final String[] BLANK_LINE = {""};


    private ProfileInput() {
    }

    /**
     * Checks the header against {@code columns} and hands every data row's fields to {@code rows}. The
     * stream is not closed: the caller opened it.
     */
    static void read(InputStream csv, char delimiter, List<ColumnSpec> columns, RowHandler rows)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.builder().setReader(utf8(csv)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IOException("file must start with a header line, but is empty");
            }
            checkHeader(records.next(), columns);
            pump(records, columns.size(), rows);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void pump(Iterator<CSVRecord> records, int width, RowHandler rows) throws IOException {
        long blankLines = 0;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                blankLines++;
                continue;
            }
            if (blankLines > 0 && width > 1) {
                throw new IOException("row " + (record.getRecordNumber() - 1 - blankLines) + " must have " + width
                        + " fields like the header, but is a blank line");
            }
            for (; blankLines > 0; blankLines--) {
                rows.accept(BLANK_LINE);
            }
            if (record.size() != width) {
                throw new IOException("row " + (record.getRecordNumber() - 1) + " must have " + width
                        + " fields like the header, but has " + record.size());
            }
            rows.accept(record.values());
        }
    }

    private static void checkHeader(CSVRecord header, List<ColumnSpec> columns) throws IOException {
        List<String> names = header.toList().stream().map(String::strip).toList();
        List<String> expected = columns.stream().map(c -> c.name().strip()).toList();
        if (!names.equals(expected)) {
            throw new IllegalArgumentException("request columns must be the file's header " + names
                    + ", but got " + expected);
        }
    }

    /** The scanner's strict UTF-8 reading (a leading BOM skipped); the caller's stream stays open. */
    private static Reader utf8(InputStream csv) {
        return new StrictUtf8Reader(new FilterInputStream(csv) {
            @Override
            public void close() {
                // The caller owns the stream.
            }
        });
    }
}
