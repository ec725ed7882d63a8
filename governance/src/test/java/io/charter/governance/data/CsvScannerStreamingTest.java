package io.charter.governance.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static io.charter.governance.data.CsvFixtures.column;
import static io.charter.governance.data.CsvFixtures.failure;
import static io.charter.governance.data.CsvFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan streams: it handles files far larger than anything it keeps, and stops at an oversized
 * field or line instead of buffering it. Inputs are generated lazily, never built as one String.
 */
class CsvScannerStreamingTest {

    private static final long MANY_ROWS = 2_000_000;
    private static final List<String> COLORS = List.of("red", "green", "blue", "cyan", "magenta");

    @Test
    void shouldScanTwoMillionRowsWithBoundedPerColumnState() throws Exception {
        CsvFixtures.GeneratedCsv csv = new CsvFixtures.GeneratedCsv("id,price,active,color,day,note", MANY_ROWS,
                i -> i + "," + (i % 1000) + "." + (i % 7) + "," + (i % 3 == 0) + "," + COLORS.get((int) (i % 5))
                        + ",2024-01-" + (10 + i % 19) + ",note " + i + "\n");

        long start = System.nanoTime();
        CsvSummary summary = CsvScanner.scan(csv, CsvOptions.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("scanned %,d rows (%,d MB) in %.2f s: %,.0f rows/s%n", summary.rows(),
                csv.bytesRead() >> 20, seconds, summary.rows() / seconds);

        assertThat(summary.rows()).isEqualTo(MANY_ROWS);
        assertThat(summary.columns()).extracting(ColumnSummary::type).containsExactly(ColumnType.ID,
                ColumnType.NUMERIC, ColumnType.BOOLEAN, ColumnType.CATEGORICAL, ColumnType.DATETIME, ColumnType.TEXT);
        assertThat(column(summary, "id").distinctCapped()).isTrue();
        assertThat(column(summary, "color").distinct()).isEqualTo(5);
        assertThat(column(summary, "note").nonMissing()).isEqualTo(MANY_ROWS);
    }

    @Test
    void shouldStopAtOversizedFieldWithoutReadingTheRestOfIt() {
        CsvFixtures.RepeatedByte hugeField = new CsvFixtures.RepeatedByte('x', 50_000_000);
        InputStream in = new SequenceInputStream(utf8("a,b\n1,short\n2,"), hugeField);

        DataFormatException e = failure(in, CsvOptions.defaults());

        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("b");
        assertThat(50_000_000 - hugeField.remaining()).isLessThan(CsvOptions.DEFAULT_MAX_FIELD_CHARS + 200_000);
    }

    @Test
    void shouldStopAtOverlyWideHeaderWithoutReadingTheRestOfIt() {
        CsvFixtures.RepeatedByte endlessCommas = new CsvFixtures.RepeatedByte(',', 50_000_000);
        InputStream in = new SequenceInputStream(utf8("a"), endlessCommas);

        DataFormatException e = failure(in, CsvOptions.defaults());

        assertThat(e.row()).isZero();
        assertThat(50_000_000 - endlessCommas.remaining()).isLessThan(200_000);
    }

    @Test
    void shouldNameExactRowOfInvalidUtf8FarBeyondTheFirstReadBuffer() {
        long badRow = 123_457;
        InputStream rows = new CsvFixtures.GeneratedCsv("n,word", badRow - 1, i -> i + ",café\n");
        InputStream bad = new ByteArrayInputStream(new byte[] {'1', ',', 'c', 'a', 'f', (byte) 0xC3, '\n'});
        InputStream more = new CsvFixtures.GeneratedCsv("3,x", 1000, i -> "4,y\n");

        DataFormatException e = failure(new SequenceInputStream(Collections.enumeration(List.of(rows, bad, more))),
                CsvOptions.defaults());

        assertThat(e.row()).isEqualTo(badRow);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("word");
        assertThat(e).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void shouldNameRowWhereUnbalancedQuoteOpensFarBeforeEndOfFile() {
        InputStream before = new CsvFixtures.GeneratedCsv("a,b", 10, i -> i + ",x\n");
        InputStream open = utf8("11,\"unterminated\n");
        InputStream after = new CsvFixtures.GeneratedCsv("12,y", 100_000, i -> "13,z\n");

        DataFormatException e = failure(new SequenceInputStream(Collections.enumeration(List.of(before, open, after))),
                CsvOptions.defaults());

        assertThat(e.row()).isEqualTo(11);
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void shouldDecodeMultiByteCharactersSplitAcrossReadBuffers() throws Exception {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        InputStream oneByteAtATime = new ByteArrayInputStream(("word\n" + "€".repeat(100_000) + "\n")
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, euro.length - 1));
            }
        };

        CsvSummary summary = CsvScanner.scan(oneByteAtATime, CsvOptions.defaults());

        assertThat(summary.rows()).isEqualTo(1);
    }
}
