package io.charter.governance.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static io.charter.governance.data.CsvFixtures.failure;
import static io.charter.governance.data.CsvFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

/** The file must be UTF-8 (optionally with a byte order mark); where it is not, the row and column say so. */
class CsvScannerEncodingTest {

    @Test
    void shouldSkipUtf8ByteOrderMark() throws Exception {
        CsvSummary summary = scan("\uFEFFid,name\n1,x\n");

        assertThat(summary.columns().get(0).name()).isEqualTo("id");
    }

    @Test
    void shouldRejectFileHoldingOnlyByteOrderMarkAsEmpty() {
        assertThat(failure("\uFEFF")).hasMessageStartingWith("file is empty");
    }

    @Test
    void shouldRejectInvalidUtf8NamingRowAndColumn() {
        byte[] bytes = concat("a,b\n1,ok\n2,caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                "\n3,x\n".getBytes(StandardCharsets.UTF_8));

        DataFormatException e = failure(new ByteArrayInputStream(bytes), CsvOptions.defaults());

        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e).hasMessageContaining("not valid UTF-8").hasMessageContaining("byte offset 14");
    }

    @Test
    void shouldRejectInvalidUtf8InHeader() {
        DataFormatException e = failure(new ByteArrayInputStream(new byte[] {'a', ',', (byte) 0xFF, '\n'}),
                CsvOptions.defaults());

        assertThat(e.row()).isZero();
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void shouldRejectUtf8SequenceTruncatedAtEndOfFile() {
        byte[] bytes = concat("a\n1\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});

        assertThat(failure(new ByteArrayInputStream(bytes), CsvOptions.defaults()).row()).isEqualTo(2);
    }

    @Test
    void shouldReportFirstProblemInFileOrderWhenSeveralShareAReadBuffer() {
        byte[] bytes = concat("a,b\n1,2\n3\n4,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});

        DataFormatException e = failure(new ByteArrayInputStream(bytes), CsvOptions.defaults());

        assertThat(e).hasMessage("row 2: must have 2 fields like the header, but has 1");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
