package io.charter.governance.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvOptionsTest {

    @Test
    void shouldDefaultToCommaOneMillionCharFieldsAndTwoThousandColumns() {
        assertThat(CsvOptions.defaults()).isEqualTo(new CsvOptions(',', 1_000_000, 2000));
    }

    @Test
    void shouldKeepLimitsWhenChangingDelimiter() {
        CsvOptions options = new CsvOptions(',', 10, 20).withDelimiter('\t');

        assertThat(options).isEqualTo(new CsvOptions('\t', 10, 20));
    }

    @Test
    void shouldRejectQuoteAsDelimiter() {
        assertThatThrownBy(() -> CsvOptions.defaults().withDelimiter('"'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delimiter must be a character other than '\"', CR or LF, but got '\"'");
    }

    @Test
    void shouldRejectLineBreaksAsDelimiter() {
        assertThatThrownBy(() -> CsvOptions.defaults().withDelimiter('\r')).hasMessageEndingWith("but got '\\r'");
        assertThatThrownBy(() -> CsvOptions.defaults().withDelimiter('\n')).hasMessageEndingWith("but got '\\n'");
    }

    @Test
    void shouldRejectNonPositiveLimits() {
        assertThatThrownBy(() -> new CsvOptions(',', 0, 10))
                .hasMessage("maxFieldChars must be at least 1, but got 0");
        assertThatThrownBy(() -> new CsvOptions(',', 10, -1))
                .hasMessage("maxColumns must be at least 1, but got -1");
    }
}
