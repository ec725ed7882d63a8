package io.charter.governance.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.charter.governance.data.CsvFixtures.column;
import static io.charter.governance.data.CsvFixtures.failure;
import static io.charter.governance.data.CsvFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the scanner accepts as RFC 4180 CSV and how it locates what it rejects. */
class CsvScannerFormatTest {

    @Test
    void shouldCountDataRowsExcludingHeader() throws Exception {
        CsvSummary summary = scan("a,b\n1,x\n2,y\n3,z\n");

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.columns()).extracting(ColumnSummary::name).containsExactly("a", "b");
    }

    @Test
    void shouldAcceptLastRowWithoutLineBreak() throws Exception {
        assertThat(scan("a,b\n1,x\n2,y").rows()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreBlankLinesAtEndOfFile() throws Exception {
        assertThat(scan("a,b\n1,x\n2,y\n\n\r\n").rows()).isEqualTo(2);
    }

    @Test
    void shouldAcceptCrlfAndLfLineEndsAlike() throws Exception {
        CsvSummary crlf = scan("a,b\r\n1,x\r\n2,y\r\n");
        CsvSummary mixed = scan("a,b\n1,x\r\n2,y\n");

        assertThat(crlf).isEqualTo(mixed);
        assertThat(column(crlf, "b").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void shouldTreatLoneCarriageReturnAsLineEndWhenNumberingRows() {
        DataFormatException e = failure("a,b\r1,2\r3\r4,5\r");

        assertThat(e).hasMessage("row 2: must have 2 fields like the header, but has 1");
    }

    @Test
    void shouldReadQuoteInsideUnquotedFieldLiterally() throws Exception {
        CsvSummary summary = scan("a,b\n1,5\" tall\n");

        assertThat(summary.rows()).isEqualTo(1);
        assertThat(column(summary, "b").distinct()).isEqualTo(1);
    }

    @Test
    void shouldReadQuotedFieldsWithDelimiterLineBreakAndDoubledQuotes() throws Exception {
        CsvSummary summary = scan("n,text\n1,\"a, b\"\n2,\"line one\r\nline two\"\n3,\"say \"\"hi\"\"\"\n4,\"\"\n");

        assertThat(summary.rows()).isEqualTo(4);
        ColumnSummary text = column(summary, "text");
        assertThat(text.nonMissing()).isEqualTo(3);
        assertThat(text.missing()).isEqualTo(1);
        assertThat(text.distinct()).isEqualTo(3);
    }

    @Test
    void shouldNumberRowsByRecordNotByLineAfterMultiLineField() {
        DataFormatException e = failure("a,b\n1,\"x\ny\nz\"\n2\n");

        assertThat(e.row()).isEqualTo(2);
        assertThat(e).hasMessage("row 2: must have 2 fields like the header, but has 1");
    }

    @Test
    void shouldSplitOnSemicolonWhenConfigured() throws Exception {
        CsvSummary summary = scan("a;b\n1;2,5\n2;3,5\n", CsvOptions.defaults().withDelimiter(';'));

        assertThat(summary.columns()).extracting(ColumnSummary::type)
                .containsExactly(ColumnType.INTEGER, ColumnType.CATEGORICAL);
    }

    @Test
    void shouldAcceptWhitespaceBetweenClosingQuoteAndDelimiter() throws Exception {
        assertThat(scan("a,b\n\"x\"  ,1\n").rows()).isEqualTo(1);
    }

    @Test
    void shouldCountBlankLineInOneColumnFileAsMissingValueButNotTrailingOnes() throws Exception {
        CsvSummary summary = scan("a\n1\n\n3\n\n\n");

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.columns().get(0).missing()).isEqualTo(1);
    }

    @Test
    void shouldRejectEmptyFile() {
        DataFormatException e = failure("");

        assertThat(e).hasMessageStartingWith("file is empty");
        assertThat(e.row()).isZero();
        assertThat(e.column()).isZero();
    }

    @Test
    void shouldRejectHeaderWithoutDataRows() {
        DataFormatException e = failure("a,b\n\n");

        assertThat(e).hasMessage("file has a header but no data rows");
        assertThat(e.row()).isEqualTo(1);
    }

    @Test
    void shouldRejectBlankFirstLine() {
        assertThat(failure("\na,b\n1,2\n")).hasMessage("header: first line is blank, but must name the columns");
    }

    @Test
    void shouldRejectEmptyColumnNameNamingItsPosition() {
        DataFormatException e = failure("a, ,c\n1,2,3\n");

        assertThat(e).hasMessage("header, column 2: column name must not be empty");
        assertThat(e.row()).isZero();
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void shouldRejectDuplicateColumnNamesNamingBothPositions() {
        DataFormatException e = failure("a,b, a\n1,2,3\n");

        assertThat(e.column()).isEqualTo(3);
        assertThat(e.columnName()).isEqualTo("a");
        assertThat(e).hasMessageContaining("column 3").hasMessageContaining("also the name of column 1");
    }

    @Test
    void shouldTreatColumnNamesDifferingOnlyInCaseAsDistinct() throws Exception {
        assertThat(scan("Age,age\n1,2\n").columns()).hasSize(2);
    }

    @Test
    void shouldRejectHeaderWiderThanMaxColumns() {
        DataFormatException e = failure("a,b,c,d\n1,2,3,4\n", new CsvOptions(',', 100, 3));

        assertThat(e).hasMessage("header: must have at most 3 columns (maxColumns), but has more");
        assertThat(e.row()).isZero();
    }

    @Test
    void shouldAcceptHeaderExactlyMaxColumnsWide() throws Exception {
        assertThat(scan("a,b,c\n1,2,3\n", new CsvOptions(',', 100, 3)).columns()).hasSize(3);
    }

    @Test
    void shouldRejectRaggedRowNamingRowAndFieldCounts() {
        DataFormatException shortRow = failure("a,b,c\n1,2,3\n4,5\n");
        DataFormatException longRow = failure("a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n");

        assertThat(shortRow).hasMessage("row 2: must have 3 fields like the header, but has 2");
        assertThat(shortRow.row()).isEqualTo(2);
        assertThat(shortRow.column()).isZero();
        assertThat(longRow).hasMessage("row 3: must have 3 fields like the header, but has 4");
    }

    @Test
    void shouldRejectRowWiderThanMaxColumnsWithoutCountingAllItsFields() {
        DataFormatException e = failure("a,b\n1,2\n" + ",".repeat(50) + "\n", new CsvOptions(',', 100, 10));

        assertThat(e).hasMessage("row 2: must have 2 fields like the header, but has more than 10 (maxColumns)");
    }

    @Test
    void shouldRejectBlankLineBetweenRowsOfMultiColumnFile() {
        DataFormatException e = failure("a,b\n1,2\n\n\n3,4\n");

        assertThat(e).hasMessage("row 2: must have 2 fields like the header, but is a blank line");
    }

    @Test
    void shouldRejectUnbalancedQuoteNamingRowAndColumnWhereItOpens() {
        DataFormatException e = failure("a,b\n1,x\n2,\"never closed\n3,y\n4,z\n");

        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("b");
        assertThat(e).hasMessageStartingWith("row 2, column 2 (\"b\"): quoted field is never closed");
    }

    @Test
    void shouldReportUnclosedQuoteThatRunsPastMaxFieldCharsWhereItOpens() {
        DataFormatException e = failure("a,b\n1,\"abc\n2,x\n3,y\n", new CsvOptions(',', 5, 10));

        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e).hasMessageContaining("maxFieldChars").hasMessageContaining("quote that is never closed");
    }

    @Test
    void shouldRejectTextAfterClosingQuote() {
        DataFormatException e = failure("a,b\n1,\"x\"y\n");

        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e).hasMessageContaining("unexpected character 'y' after the closing quote");
    }

    @Test
    void shouldRejectFieldLongerThanMaxFieldCharsNamingRowAndColumn() {
        DataFormatException e = failure("a,b\n1,abcde\n2,abcdef\n", new CsvOptions(',', 5, 10));

        assertThat(e).hasMessage("row 2, column 2 (\"b\"): field must be at most 5 characters (maxFieldChars), "
                + "but is longer");
        assertThat(e.columnName()).isEqualTo("b");
    }

    @Test
    void shouldReportEarlierRaggedRowBeforeLaterOverlongField() {
        DataFormatException e = failure("a,b\n1,abc\n2\n3,abcdef\n", new CsvOptions(',', 5, 10));

        assertThat(e).hasMessage("row 2: must have 2 fields like the header, but has 1");
    }

    @Test
    void shouldMeasureQuotedFieldWithoutQuotesAndWithDoubledQuoteAsOneCharacter() throws Exception {
        assertThat(scan("a\n\"ab\"\"cd\"\n", new CsvOptions(',', 5, 10)).rows()).isEqualTo(1);
    }

    @Test
    void shouldLeaveFailureOfTheStreamItselfAnIOException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> CsvScanner.scan(failing, CsvOptions.defaults()))
                .isExactlyInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void shouldNotCloseTheCallersStream() throws Exception {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        CsvScanner.scan(in, CsvOptions.defaults());

        assertThat(closed[0]).isFalse();
    }
}
