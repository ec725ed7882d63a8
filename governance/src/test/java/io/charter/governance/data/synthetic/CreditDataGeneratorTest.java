package io.charter.governance.data.synthetic;

import io.charter.governance.data.ColumnType;
import io.charter.governance.data.CsvOptions;
import io.charter.governance.data.CsvScanner;
import io.charter.governance.data.CsvSummary;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditDataGeneratorTest {

    private static byte[] generate(long rows, long seed, double bias) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CreditDataGenerator(rows, seed, bias, 0.4).write(out);
        return out.toByteArray();
    }

    /** Default rate of women minus that of men, from the generated text. */
    private static double defaultRateGap(byte[] csv) {
        long[] n = new long[2];
        long[] defaults = new long[2];
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            int g = f[3].equals("female") ? 1 : 0;
            n[g]++;
            defaults[g] += f[10].equals("true") ? 1 : 0;
        }
        return (double) defaults[1] / n[1] - (double) defaults[0] / n[0];
    }

    @Test
    void shouldWriteValidCsvWithTheDocumentedColumnsAndTypes() throws Exception {
        CsvSummary summary = CsvScanner.scan(new ByteArrayInputStream(generate(2000, 7, 0)), CsvOptions.defaults());
        assertThat(summary.rows()).isEqualTo(2000);
        assertThat(summary.columns()).extracting(c -> c.name())
                .containsExactly(CreditDataGenerator.HEADER.split(","));
        assertThat(summary.columns()).extracting(c -> c.type()).containsExactly(ColumnType.ID, ColumnType.DATETIME,
                ColumnType.INTEGER, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL,
                ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.NUMERIC, ColumnType.INTEGER, ColumnType.BOOLEAN);
    }

    @Test
    void shouldBeDeterministicForASeed() throws Exception {
        assertThat(generate(500, 11, 0.5)).isEqualTo(generate(500, 11, 0.5));
        assertThat(generate(500, 11, 0.5)).isNotEqualTo(generate(500, 12, 0.5));
    }

    @Test
    void injectedBiasRaisesTheProtectedGroupsDefaultRate() throws Exception {
        double unbiased = defaultRateGap(generate(40_000, 3, 0));
        double biased = defaultRateGap(generate(40_000, 3, 1.0));
        assertThat(Math.abs(unbiased)).isLessThan(0.02);
        assertThat(biased).isGreaterThan(0.08);
    }

    @Test
    void shouldRejectNonsenseParameters() {
        assertThatThrownBy(() -> new CreditDataGenerator(0, 1, 0, 0.5)).hasMessageContaining("rows must be");
        assertThatThrownBy(() -> new CreditDataGenerator(10, 1, 0, 1.0)).hasMessageContaining("femaleShare");
        assertThatThrownBy(() -> new CreditDataGenerator(10, 1, Double.NaN, 0.5)).hasMessageContaining("bias");
    }
}
