package io.charter.governance.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a stored CSV file the way {@link CsvScanner} accepted it: strict UTF-8 with an optional
 * byte order mark, RFC 4180 with the given delimiter, the first record the header, trailing blank
 * lines ignored and blank lines in a one-column file read as missing values. The file was
 * validated at upload, so what would be a user error there is an {@link IOException} here (the
 * stored object was changed or the delimiter does not match it).
 */
public final class CsvRows implements RowSource {

    private static final String[] BLANK_LINE = {""};

    private final Opener opener;
    private final char delimiter;
    private List<String> header;

    private CsvRows(Opener opener, char delimiter) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.delimiter = delimiter;
    }

    /** A re-readable CSV table: each pass opens the bytes again through {@code opener}. */
    public static CsvRows of(Opener opener, char delimiter) {
        return new CsvRows(opener, delimiter);
    }

    @Override
    public List<String> header() throws IOException {
        if (header == null) {
            try (InputStream in = opener.open()) {
                header = read(in, delimiter, null);
            }
        }
        return header;
    }

    @Override
    public void forEach(RowHandler rows) throws IOException {
        Objects.requireNonNull(rows, "rows");
        try (InputStream in = opener.open()) {
            header = read(in, delimiter, rows);
        }
    }

    /**
     * Reads the header and hands every data row's fields to {@code rows} (none if null, to read
     * just the header). The stream is not closed: the caller opened it.
     *
     * @return the header's names, trimmed
     */
    public static List<String> read(InputStream csv, char delimiter, RowHandler rows) throws IOException {
        return read(csv, delimiter, names -> { }, rows);
    }

    /**
     * Like {@link #read(InputStream, char, RowHandler)}, handing the header to {@code onHeader}
     * before the first row, so that a caller can refuse a file whose columns it did not expect.
     */
    public static List<String> read(InputStream csv, char delimiter, Consumer<List<String>> onHeader,
                                    RowHandler rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.builder().setReader(utf8(csv)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IOException("file must start with a header line, but is empty");
            }
            List<String> names = records.next().toList().stream().map(String::strip).toList();
            onHeader.accept(names);
            if (rows != null) {
                pump(records, names.size(), rows);
            }
            return names;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void pump(Iterator<CSVRecord> records, int width, RowHandler rows) throws IOException {
        long blankLines = 0;
        long row = 0;
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
                rows.accept(row++, BLANK_LINE);
            }
            if (record.size() != width) {
                throw new IOException("row " + (record.getRecordNumber() - 1) + " must have " + width
                        + " fields like the header, but has " + record.size());
            }
            rows.accept(row++, record.values());
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
