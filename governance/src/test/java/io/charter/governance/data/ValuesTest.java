package io.charter.governance.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Values read the way the scanner typed them. */
class ValuesTest {

    @Test
    void shouldTreatTheScannersMissingSpellingsAsMissingAfterTrimming() {
        assertThat(Values.clean("  NA ")).isNull();
        assertThat(Values.clean("")).isNull();
        assertThat(Values.clean(" none ")).isEqualTo("none");
        assertThat(Values.isMissing("null")).isTrue();
    }

    @Test
    void shouldCheckTypesByTheScannersRules() {
        assertThat(Values.conforms("12", ColumnType.INTEGER)).isTrue();
        assertThat(Values.conforms("99999999999999999999", ColumnType.INTEGER)).isFalse();
        assertThat(Values.conforms("1e3", ColumnType.NUMERIC)).isTrue();
        assertThat(Values.conforms("NaN", ColumnType.NUMERIC)).isFalse();
        assertThat(Values.conforms("Yes", ColumnType.BOOLEAN)).isTrue();
        assertThat(Values.conforms("2024-02-30", ColumnType.DATETIME)).isFalse();
        assertThat(Values.conforms("anything", ColumnType.TEXT)).isTrue();
    }

    @Test
    void shouldReadNumbersAndInstants() {
        assertThat(Values.number("-2.5e1")).isEqualTo(-25.0);
        assertThat(Values.number("Infinity")).isNaN();
        assertThat(Values.epochMillis("1970-01-02")).isEqualTo(86_400_000L);
        assertThat(Values.epochMillis("1970-01-01 01:00")).isEqualTo(3_600_000L);
        assertThat(Values.epochMillis("1970-01-01T01:00:00+01:00")).isZero();
        assertThatThrownBy(() -> Values.epochMillis("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }
}
