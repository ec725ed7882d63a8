package io.charter.governance.data;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes data or profiles as RFC 4180 CSV for people to open in a spreadsheet, defusing formula
 * injection (OWASP "CSV Injection"): a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with a single quote so that the spreadsheet
 * shows it as text instead of evaluating it — unless the whole cell is a number ({@code -5},
 * {@code +1.5e3}), which stays as it is so numbers remain numbers.
 */
public final class CsvExport implements Closeable, Flushable {

    private final CSVPrinter printer;

    private CsvExport(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    /** UTF-8 CSV to {@code out}; closing the export closes the stream. */
    public static CsvExport to(OutputStream out) throws IOException {
        return new CsvExport(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes one record; each cell defused with {@link #cell}. Nulls are empty fields. */
    public void row(List<?> cells) throws IOException {
        for (Object c : cells) {
            printer.print(c == null ? "" : cell(c.toString()));
        }
        printer.println();
    }

    /** Like {@link #row(List)} for an array of fields. */
    public void row(String[] cells) throws IOException {
        row(List.of(cells));
    }

    /** The cell as exported: prefixed with {@code '} if a spreadsheet would read it as a formula. */
    public static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || !Double.isNaN(Values.number(value.strip()))) {
            return value;
        }
        return "'" + value;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
