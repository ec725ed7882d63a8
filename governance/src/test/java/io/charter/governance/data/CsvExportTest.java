package io.charter.governance.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exported CSV cannot smuggle spreadsheet formulas, and numbers stay numbers. */
class CsvExportTest {

    @Test
    void shouldPrefixFormulaLookingCellsWithAQuote() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void shouldLeaveNumbersAndOrdinaryTextAlone() {
        assertThat(CsvExport.cell("-5")).isEqualTo("-5");
        assertThat(CsvExport.cell("+1.5e3")).isEqualTo("+1.5e3");
        assertThat(CsvExport.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvExport.cell("")).isEmpty();
    }

    @Test
    void shouldWriteRfc4180WithQuotingAndEmptyNulls() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExport csv = CsvExport.to(out)) {
            csv.row(List.of("name", "note"));
            csv.row(Arrays.asList("Doe, Jane", null));
            csv.row(new String[] {"=1+1", "say \"hi\""});
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("name,note\r\n\"Doe, Jane\",\r\n'=1+1,\"say \"\"hi\"\"\"\r\n");
    }
}
