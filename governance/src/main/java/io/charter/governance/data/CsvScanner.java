package io.charter.governance.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scans an uploaded CSV file once, in bounded memory, and either rejects it with the row and
 * column of the first problem or summarises every column.
 *
 * <p><b>Format.</b> RFC 4180 (Commons CSV {@code CSVFormat.RFC4180}) with a configurable delimiter;
 * strict UTF-8 with an optional byte order mark; CRLF, LF or CR line ends; the first record is the
 * header. Blank lines at the end of the file are ignored; a blank line between rows is an error
 * (too few fields) unless the file has a single column, where it is a missing value. Column
 * names must be non-empty and unique after trimming; the comparison is case-sensitive because
 * "Age" and "age" are different columns to pandas and to SQL with quoted identifiers.
 *
 * <p><b>Missing values</b> are the {@link #MISSING_VALUES}, matched exactly after trimming.
 *
 * <p><b>Types</b>, decided from all non-missing values (whitespace-trimmed), first match wins:
 * <ol>
 *   <li>no values: TEXT;</li>
 *   <li>all true/false/yes/no ignoring case: BOOLEAN (0/1 stay INTEGER);</li>
 *   <li>all integers fitting a long: ID if the name is id-like ({@code id}, {@code uuid},
 *       {@code key}, {@code *_id}, {@code *Id}, {@code *ID}), there are more than 20 values and
 *       they are provably distinct (all distinct within the count cap, or strictly increasing);
 *       otherwise INTEGER;</li>
 *   <li>all finite decimals, scientific notation allowed: NUMERIC ("NaN" and "Infinity" are
 *       neither missing nor numeric, so they make a column a string column: a file that means
 *       them as missing must write them empty);</li>
 *   <li>all ISO-8601 dates or date-times ({@code T} or a space, optional seconds, fraction and
 *       offset): DATETIME;</li>
 *   <li>more than 20 values, all distinct within the cap, and an id-like name or UUID values: ID;</li>
 *   <li>at most max(20, 5% of values) distinct values: CATEGORICAL;</li>
 *   <li>otherwise TEXT.</li>
 * </ol>
 */
public final class CsvScanner {

    /**
     * Field values that mean "no value", compared exactly after trimming: the spellings R, SQL
     * exports, spreadsheets and Python write. Lowercase "none" is deliberately absent because it
     * is a common real answer ("allergies: none"), as is "Na" (sodium); "NaN" is absent because
     * the platform's missing marker is the empty field.
     */
    public static final Set<String> MISSING_VALUES =
            Set.of("", "NA", "na", "N/A", "n/a", "null", "NULL", "Null", "None");

    private CsvScanner() {
    }

    /**
     * Reads {@code in} to the end (or to the first problem). The stream is not closed: the
     * caller opened it and closes it.
     *
     * @throws DataFormatException if the file is not acceptable CSV, naming the row and column
     * @throws IOException         if reading the stream itself fails
     */
    public static CsvSummary scan(InputStream in, CsvOptions options) throws IOException, DataFormatException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        Rfc4180Guard guard = new Rfc4180Guard(new StrictUtf8Reader(in), options);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(options.delimiter()).get();
        Scan scan = new Scan(guard);
        try (CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get()) {
            return scan.run(parser.iterator());
        } catch (UncheckedIOException e) {
            throw scan.translate(e.getCause());
        } catch (IOException e) {
            throw scan.translate(e);
        }
    }

    /** One pass over one file: the header, the per-column profiles and the row count. */
    private static final class Scan {
        private final Rfc4180Guard guard;
        private List<String> header = List.of();

        Scan(Rfc4180Guard guard) {
            this.guard = guard;
        }

        CsvSummary run(Iterator<CSVRecord> records) throws DataFormatException {
            if (!records.hasNext()) {
                throw new DataFormatException("file is empty; expected a header line naming the columns", 0, 0, null);
            }
            header = checkHeader(records.next());
            List<ColumnProfile> profiles = header.stream().map(ColumnProfile::new).toList();
            long rows = 0;
            long blankLines = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long row = record.getRecordNumber() - 1;
                if (isBlankLine(record)) {
                    blankLines++;
                    continue;
                }
                rows += acceptBlankLines(profiles, blankLines, row - blankLines);
                blankLines = 0;
                checkWidth(record.size(), row);
                for (int i = 0; i < profiles.size(); i++) {
                    profiles.get(i).accept(record.get(i));
                }
                rows++;
            }
            if (rows == 0) {
                throw new DataFormatException("file has a header but no data rows", 1, 0, null);
            }
            return new CsvSummary(profiles.stream().map(ColumnProfile::summarize).toList(), rows);
        }

        /** Blank lines followed by more data: missing values in a one-column file, else an error. */
        private long acceptBlankLines(List<ColumnProfile> profiles, long count, long firstRow)
                throws DataFormatException {
            if (count == 0) {
                return 0;
            }
            if (profiles.size() > 1) {
                throw DataFormatException.at(firstRow, 0, null, "must have " + profiles.size()
                        + " fields like the header, but is a blank line");
            }
            profiles.get(0).acceptMissing(count);
            return count;
        }

        private void checkWidth(int fields, long row) throws DataFormatException {
            if (fields != header.size()) {
                throw DataFormatException.at(row, 0, null, "must have " + header.size()
                        + " fields like the header, but has " + fields);
            }
        }

        /** Commons CSV reads a blank line as one empty field (as it reads a line holding just {@code ""}). */
        private static boolean isBlankLine(CSVRecord record) {
            return record.size() == 1 && record.get(0).isEmpty();
        }

        private static List<String> checkHeader(CSVRecord first) throws DataFormatException {
            if (isBlankLine(first)) {
                throw DataFormatException.at(0, 0, null, "first line is blank, but must name the columns");
            }
            Map<String, Integer> positions = new HashMap<>();
            List<String> names = new ArrayList<>(first.size());
            for (int column = 1; column <= first.size(); column++) {
                String name = first.get(column - 1);
                String key = name.strip();
                if (key.isEmpty()) {
                    throw DataFormatException.at(0, column, null, "column name must not be empty");
                }
                Integer earlier = positions.putIfAbsent(key, column);
                if (earlier != null) {
                    throw DataFormatException.at(0, column, key, "column name must be unique, but \"" + key
                            + "\" is also the name of column " + earlier + " (compared trimmed, case-sensitive)");
                }
                names.add(name);
            }
            return names;
        }

        /**
         * The row and column a parse failure concerns. Commons CSV's own errors are a fallback
         * (the guard reports every error it is known to raise); their row is the guard's, which
         * may be a buffer ahead. A failure of the stream itself is rethrown as the IOException.
         */
        DataFormatException translate(IOException e) throws IOException {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Rfc4180Guard.Violation v) {
                    String name = v.row > 0 && v.column > 0 && v.column <= header.size()
                            ? header.get(v.column - 1) : null;
                    return DataFormatException.at(v.row, v.column, name, v.detail);
                }
                if (t instanceof CSVException parseError) {
                    return DataFormatException.at(guard.row(), 0, null,
                            "not valid RFC 4180 CSV (" + parseError.getMessage() + ")");
                }
            }
            throw e;
        }
    }
}
