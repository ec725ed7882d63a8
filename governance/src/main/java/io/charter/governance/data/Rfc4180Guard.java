package io.charter.governance.data;

import java.io.IOException;
import java.io.Reader;

/**
 * Follows the RFC 4180 grammar one character ahead of the parser to bound memory and to know
 * exactly which row and column every character belongs to.
 *
 * <p>Commons CSV buffers a whole field and a whole record before it returns anything, and reports
 * an unterminated quote only at end of file with a physical line number. This reader sits in
 * front of it and tracks the record (row), field (column) and quoting state of RFC 4180 §2:
 * fields separated by the delimiter, records by CRLF (or LF or CR, as Commons CSV accepts), a
 * field that starts with {@code "} is quoted until a {@code "} that is not doubled. It fails, with
 * the exact position, on
 * <ul>
 *   <li>a field longer than {@link CsvOptions#maxFieldChars()} (before the parser has buffered it),</li>
 *   <li>a record with more than {@link CsvOptions#maxColumns()} fields,</li>
 *   <li>a quoted field that is never closed (reported at the row and column where it opens),</li>
 *   <li>text after a closing quote other than whitespace, a delimiter or a line break,</li>
 *   <li>bytes that are not UTF-8 (reported at the row and column they occur in).</li>
 * </ul>
 * Errors are deferred: the characters before the offending one are handed to the parser first,
 * so rows before it are still checked in order and the first problem in the file is the one
 * reported.
 */
final class Rfc4180Guard extends Reader {

    /** A position-exact reason the input is not acceptable CSV. */
    static final class Violation extends IOException {
        private static final long serialVersionUID = 1L;
        final long row;
        final int column;
        final String detail;

        Violation(long row, int column, String detail) {
            super(detail);
            this.row = row;
            this.column = column;
            this.detail = detail;
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTE }

    private static final char QUOTE = '"';

    private final Reader in;
    private final char delimiter;
    private final int maxFieldChars;
    private final int maxColumns;

    private State state = State.FIELD_START;
    private boolean afterCarriageReturn;
    private long row;
    private int column = 1;
    private int fieldChars;
    private long quoteRow;
    private int quoteColumn;
    private int headerWidth;
    private Violation pending;

    Rfc4180Guard(Reader in, CsvOptions options) {
        this.in = in;
        this.delimiter = options.delimiter();
        this.maxFieldChars = options.maxFieldChars();
        this.maxColumns = options.maxColumns();
    }

    /** The record being read: 0 for the header, then the 1-based data row. */
    long row() {
        return row;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        int n = readUnderlying(cbuf, off, len);
        if (n < 0) {
            if (state == State.QUOTED) {
                pending = new Violation(quoteRow, quoteColumn, "quoted field is never closed (unbalanced quote); "
                        + "a field that starts with \" must end with \", and a \" inside it must be doubled "
                        + "(RFC 4180 §2.5-2.7)");
                throw pending;
            }
            return n;
        }
        for (int i = 0; i < n; i++) {
            char c = cbuf[off + i];
            if (isPlainFieldChar(c)) {
                fieldChars++;
                continue;
            }
            pending = accept(c);
            if (pending != null) {
                if (i == 0) {
                    throw pending;
                }
                return i;
            }
        }
        return n;
    }

    private int readUnderlying(char[] cbuf, int off, int len) throws IOException {
        try {
            return in.read(cbuf, off, len);
        } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
            pending = new Violation(row, column, "not valid UTF-8 (malformed byte sequence at byte offset "
                    + e.byteOffset() + "); the file must be saved as UTF-8");
            throw pending;
        }
    }

    /** Fast path for the bulk of the input: an ordinary character inside a field that still has room. */
    private boolean isPlainFieldChar(char c) {
        if (fieldChars >= maxFieldChars) {
            return false;
        }
        if (state == State.UNQUOTED) {
            return c != delimiter && c != '\r' && c != '\n';
        }
        return state == State.QUOTED && c != QUOTE;
    }

    /** Advances the grammar by one character; a violation if the character is not acceptable. */
    private Violation accept(char c) {
        if (afterCarriageReturn) {
            afterCarriageReturn = false;
            if (c == '\n') {
                return null;
            }
        }
        return switch (state) {
            case FIELD_START -> fieldStart(c);
            case UNQUOTED -> unquoted(c);
            case QUOTED -> quoted(c);
            case QUOTE_IN_QUOTED -> quoteInQuoted(c);
            case AFTER_QUOTE -> afterQuote(c);
        };
    }

    private Violation fieldStart(char c) {
        if (c == QUOTE) {
            state = State.QUOTED;
            quoteRow = row;
            quoteColumn = column;
            return null;
        }
        state = State.UNQUOTED;
        return unquoted(c);
    }

    private Violation quoted(char c) {
        if (c == QUOTE) {
            state = State.QUOTE_IN_QUOTED;
            return null;
        }
        return countFieldChar();
    }

    /** A quote inside a quoted field: doubled it is one literal quote, else it closed the field. */
    private Violation quoteInQuoted(char c) {
        if (c == QUOTE) {
            state = State.QUOTED;
            return countFieldChar();
        }
        state = State.AFTER_QUOTE;
        return afterQuote(c);
    }

    private Violation unquoted(char c) {
        if (c == delimiter) {
            return nextField();
        }
        if (c == '\r' || c == '\n') {
            return endRecord(c);
        }
        return countFieldChar();
    }

    /** Commons CSV skips whitespace between a closing quote and the delimiter; anything else is an error. */
    private Violation afterQuote(char c) {
        if (c == delimiter) {
            return nextField();
        }
        if (c == '\r' || c == '\n') {
            return endRecord(c);
        }
        if (Character.isWhitespace(c)) {
            return null;
        }
        return new Violation(row, column, "unexpected character '" + c + "' after the closing quote of a "
                + "quoted field; a \" inside a quoted field must be doubled (RFC 4180 §2.7)");
    }

    private Violation countFieldChar() {
        if (++fieldChars <= maxFieldChars) {
            return null;
        }
        String hint = state == State.UNQUOTED ? ""
                : "; a quoted field this long is often a quote that is never closed, check where it starts";
        return new Violation(row, column, "field must be at most " + maxFieldChars
                + " characters (maxFieldChars), but is longer" + hint);
    }

    private Violation nextField() {
        column++;
        fieldChars = 0;
        state = State.FIELD_START;
        if (column <= maxColumns) {
            return null;
        }
        if (row == 0) {
            return new Violation(0, 0, "must have at most " + maxColumns + " columns (maxColumns), but has more");
        }
        return new Violation(row, 0, "must have " + headerWidth + " fields like the header, but has more than "
                + maxColumns + " (maxColumns)");
    }

    private Violation endRecord(char c) {
        if (row == 0) {
            headerWidth = column;
        }
        row++;
        column = 1;
        fieldChars = 0;
        state = State.FIELD_START;
        afterCarriageReturn = c == '\r';
        return null;
    }

    /** Does not close the underlying reader: the caller of the scan owns the stream. */
    @Override
    public void close() {
    }
}
