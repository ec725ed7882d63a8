package io.charter.governance.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Shared ways to scan a literal CSV text or a generated stream in tests. */
final class CsvFixtures {

    private CsvFixtures() {
    }

    static CsvSummary scan(String csv) throws IOException, DataFormatException {
        return scan(csv, CsvOptions.defaults());
    }

    static CsvSummary scan(String csv, CsvOptions options) throws IOException, DataFormatException {
        return CsvScanner.scan(utf8(csv), options);
    }

    static DataFormatException failure(String csv) {
        return failure(utf8(csv), CsvOptions.defaults());
    }

    static DataFormatException failure(String csv, CsvOptions options) {
        return failure(utf8(csv), options);
    }

    static DataFormatException failure(InputStream in, CsvOptions options) {
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> CsvScanner.scan(in, options));
        if (e == null) {
            throw new AssertionError("expected a DataFormatException, but the scan succeeded");
        }
        return e;
    }

    static ColumnSummary column(CsvSummary summary, String name) {
        return summary.columns().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + summary));
    }

    static InputStream utf8(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** "header\n" + rows of text from {@code row}, produced lazily: nothing but the current row is held. */
    static final class GeneratedCsv extends InputStream {
        private final LongFunction<String> row;
        private final long rows;
        private byte[] current;
        private int pos;
        private long next;
        private long bytesRead;

        GeneratedCsv(String header, long rows, LongFunction<String> row) {
            this.row = row;
            this.rows = rows;
            this.current = (header + "\n").getBytes(StandardCharsets.UTF_8);
        }

        long bytesRead() {
            return bytesRead;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        /** Fills {@code b} across row boundaries, as a file stream would. */
        @Override
        public int read(byte[] b, int off, int len) {
            int copied = 0;
            while (copied < len) {
                if (pos == current.length) {
                    if (next == rows) {
                        break;
                    }
                    next++;
                    current = row.apply(next).getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                int n = Math.min(len - copied, current.length - pos);
                System.arraycopy(current, pos, b, off + copied, n);
                pos += n;
                copied += n;
            }
            bytesRead += copied;
            return copied == 0 && len > 0 ? -1 : copied;
        }
    }

    /** The same byte {@code count} times, without allocating it: a field or line of any size. */
    static final class RepeatedByte extends InputStream {
        private final byte value;
        private long remaining;

        RepeatedByte(char value, long count) {
            this.value = (byte) value;
            this.remaining = count;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return len == 0 ? 0 : -1;
            }
            int n = (int) Math.min(len, remaining);
            java.util.Arrays.fill(b, off, off + n, value);
            remaining -= n;
            return n;
        }

        long remaining() {
            return remaining;
        }
    }
}
